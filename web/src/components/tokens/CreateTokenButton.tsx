import { useState, type FormEvent } from 'react';
import { Alert, Button, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconPlus } from '@tabler/icons-react';
import { errorMessage, fieldErrors } from '../../api/client';
import { useCreateToken } from '../../api/tokens';
import type { ApiToken } from '../../api/types';
import { notifySuccess } from '../notify';
import { OneTimeSecret } from '../OneTimeSecret';

function tomorrow(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The token works until the end of the chosen day, in the user's own time zone. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

/**
 * "Create token": the form, then the secret shown once. With `user`, an administrator issues the
 * token for that user instead of for themselves.
 */
export function CreateTokenButton({ user }: { user?: { id: string; email: string } }) {
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [access, setAccess] = useState<ApiToken['access']>('read_only');
  const [expires, setExpires] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useCreateToken();
  const errors = fieldErrors(create.error, ['name', 'access', 'expiresAt'] as const);

  const close = () => {
    setOpened(false);
    create.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name: name.trim(),
        access,
        ...(expires ? { expiresAt: endOfDay(expires) } : {}),
        ...(user ? { userId: user.id } : {}),
      },
      {
        onSuccess: (result) => {
          notifySuccess(`Token "${result.token.name}" created${user ? ` for ${user.email}` : ''}.`);
          setName('');
          setAccess('read_only');
          setExpires(null);
          close();
          setSecret(result.secret);
        },
      },
    );
  };

  return (
    <>
      <Button leftSection={<IconPlus size={16} />} onClick={() => setOpened(true)}>
        {user ? 'Issue token' : 'Create token'}
      </Button>
      <Modal opened={opened} onClose={close} title={user ? `New API token for ${user.email}` : 'New API token'}>
        <form onSubmit={submit} noValidate>
          <Stack>
            {create.error && !errors.name && <Alert color="red">{errorMessage(create.error)}</Alert>}
            <TextInput
              label="Name"
              description="What the token is for, e.g. “Inventory sync from MDM”"
              required
              data-autofocus
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
            />
            <div>
              <Text component="label" size="sm" fw={500} id="token-access-label">
                Access
              </Text>
              <SegmentedControl
                fullWidth
                mt={4}
                aria-labelledby="token-access-label"
                value={access}
                onChange={(value) => setAccess(value as ApiToken['access'])}
                data={[
                  { value: 'read_only', label: 'Read-only' },
                  { value: 'read_write', label: 'Read-write' },
                ]}
              />
            </div>
            <DatePickerInput
              label="Expires on"
              description="Optional. Leave empty for a token that never expires."
              placeholder="Never"
              clearable
              minDate={tomorrow()}
              value={expires}
              onChange={setExpires}
              error={errors.expiresAt}
            />
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
              Create token
            </Button>
          </Stack>
        </form>
      </Modal>
      <OneTimeSecret
        title="Your new API token"
        secret={secret}
        description='Send it as "Authorization: Bearer <token>".'
        onClose={() => setSecret(null)}
      />
    </>
  );
}
