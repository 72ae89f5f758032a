import { Paper } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';

export function ChangePasswordPage() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="Change password" description="Your other sessions are signed out when you change it." />
      <Paper withBorder p="lg" radius="md" maw={480}>
        <ChangePasswordForm
          onDone={() => {
            notifySuccess('Your password was changed. Your other sessions were signed out.');
            void navigate('/');
          }}
        />
      </Paper>
    </>
  );
}
