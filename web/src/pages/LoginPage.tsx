import { useState, type FormEvent } from 'react';
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconBox } from '@tabler/icons-react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorMessage, fieldErrors, isApiError } from '../api/client';
import { useLogin, useMe } from '../api/session';

/** Only paths inside the app are followed after sign-in (never another site). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  if (me.data && !login.isPending) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }) });
  };
  const errors = fieldErrors(login.error, ['email', 'password'] as const);
  const tooMany = isApiError(login.error) && login.error.status === 429;

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420} component="main">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group gap={8}>
              <IconBox size={28} aria-hidden />
              <Text fw={700} size="xl">
                Quartermaster
              </Text>
            </Group>
            <Title order={1} fz="h3">
              Sign in
            </Title>
            {login.error && (
              <Alert color={tooMany ? 'orange' : 'red'} icon={<IconAlertTriangle />} role="alert">
                {tooMany
                  ? `${errorMessage(login.error)} Wait a moment before trying again.`
                  : errorMessage(login.error)}
              </Alert>
            )}
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="username"
              required
              autoFocus
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              Sign in
            </Button>
            <Text size="xs" c="dimmed">
              Forgot your password? Ask an administrator to reset it.
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
