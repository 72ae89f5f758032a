import { useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { errorMessage, fieldErrors } from '../api/client';
import { useChangePassword } from '../api/session';

/** The server's rule, checked here too so the user hears it before sending. */
export const MIN_PASSWORD_LENGTH = 10;

export function ChangePasswordForm({
  onDone,
  submitLabel = 'Change password',
}: {
  onDone: () => void;
  submitLabel?: string;
}) {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localErrors, setLocalErrors] = useState<{ newPassword?: string; confirm?: string }>({});
  const change = useChangePassword();
  const serverErrors = fieldErrors(change.error, ['currentPassword', 'newPassword'] as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: typeof localErrors = {};
    if (newPassword.length < MIN_PASSWORD_LENGTH)
      errors.newPassword = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
    if (confirm !== newPassword) errors.confirm = 'The two new passwords differ.';
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    change.mutate({ currentPassword, newPassword }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {change.error && !serverErrors.currentPassword && !serverErrors.newPassword && (
          <Alert color="red">{errorMessage(change.error)}</Alert>
        )}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={serverErrors.currentPassword}
        />
        <PasswordInput
          label="New password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNew(e.currentTarget.value)}
          error={localErrors.newPassword ?? serverErrors.newPassword}
        />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={localErrors.confirm}
        />
        <Button type="submit" loading={change.isPending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
