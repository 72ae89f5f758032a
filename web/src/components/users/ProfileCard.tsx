import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { errorMessage, fieldErrors, isApiError } from '../../api/client';
import type { User } from '../../api/types';
import { useUpdateUser } from '../../api/users';
import { notifySuccess } from '../notify';
import { VersionConflict } from './VersionConflict';

/** Name and e-mail, saved with the version that was read (optimistic concurrency). */
export function ProfileCard({ user, onReload }: { user: User; onReload: () => void }) {
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const update = useUpdateUser(user.id);
  const errors = fieldErrors(update.error, ['name', 'email'] as const);
  const conflict = isApiError(update.error, 'version_conflict');
  const dirty = name.trim() !== user.name || email.trim() !== user.email;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        version: user.version,
        ...(name.trim() !== user.name ? { name: name.trim() } : {}),
        ...(email.trim() !== user.email ? { email: email.trim() } : {}),
      },
      { onSuccess: (saved) => notifySuccess(`${saved.email} saved.`) },
    );
  };
  const reload = () => {
    update.reset();
    onReload();
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="h4" mb="md">
        Profile
      </Title>
      {conflict && <VersionConflict onReload={reload} />}
      <form onSubmit={submit} noValidate>
        <Stack>
          {update.error && !conflict && !errors.name && !errors.email && (
            <Alert color="red">{errorMessage(update.error)}</Alert>
          )}
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <TextInput
            label="E-mail"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              Save profile
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
