import { useState, type FormEvent } from 'react';
import { Alert, Button, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { errorMessage, fieldErrors } from '../../api/client';
import type { Role } from '../../api/types';
import { useCreateUser } from '../../api/users';
import { notifySuccess } from '../notify';
import { OneTimeSecret } from '../OneTimeSecret';
import { MIN_PASSWORD_LENGTH } from '../ChangePasswordForm';
import { RolesSelect } from './RolesSelect';

const FIELDS = ['email', 'name', 'password', 'grants'] as const;

/** "Invite user": the form, then the temporary password (shown once) when none was given. */
export function CreateUserButton() {
  const [opened, setOpened] = useState(false);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['viewer']);
  const [password, setPassword] = useState('');
  const [temporary, setTemporary] = useState<{ email: string; password: string } | null>(null);
  const create = useCreateUser();
  const navigate = useNavigate();
  const errors = fieldErrors(create.error, FIELDS);
  const tooShort = password !== '' && password.length < MIN_PASSWORD_LENGTH;

  const close = () => {
    setOpened(false);
    create.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooShort) return;
    create.mutate(
      {
        email: email.trim(),
        name: name.trim(),
        grants: roles.map((role) => ({ role, locationId: null })),
        ...(password ? { password } : {}),
      },
      {
        onSuccess: ({ user, temporaryPassword }) => {
          notifySuccess(`${user.name} (${user.email}) was invited.`);
          setEmail('');
          setName('');
          setRoles(['viewer']);
          setPassword('');
          close();
          if (temporaryPassword) setTemporary({ email: user.email, password: temporaryPassword });
          else void navigate(`/users/${user.id}`);
        },
      },
    );
  };

  return (
    <>
      <Button leftSection={<IconUserPlus size={16} />} onClick={() => setOpened(true)}>
        Invite user
      </Button>
      <Modal opened={opened} onClose={close} title="Invite a user">
        <form onSubmit={submit} noValidate>
          <Stack>
            {create.error && !errors.email && !errors.name && <Alert color="red">{errorMessage(create.error)}</Alert>}
            <TextInput
              label="E-mail"
              type="email"
              required
              data-autofocus
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
            />
            <TextInput
              label="Name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
            />
            <RolesSelect
              value={roles}
              onChange={setRoles}
              error={errors.grants}
              description="For the whole organisation."
            />
            <PasswordInput
              label="Password"
              description="Optional. Leave empty to generate a temporary one; either way they choose their own at first sign-in."
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={tooShort ? `Use at least ${MIN_PASSWORD_LENGTH} characters.` : errors.password}
            />
            <Button type="submit" loading={create.isPending} disabled={!email.trim() || !name.trim()}>
              Invite user
            </Button>
          </Stack>
        </form>
      </Modal>
      <OneTimeSecret
        title={`Temporary password for ${temporary?.email ?? ''}`}
        secret={temporary?.password ?? null}
        description="Give it to the user through a channel you trust; they must change it when they first sign in."
        onClose={() => setTemporary(null)}
      />
    </>
  );
}
