import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useSession } from './session-context';

/** A page only some roles may use; others (following an old link) are told why it is closed. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { can } = useSession();
  if (can(permission)) return children;
  return (
    <Alert color="yellow" icon={<IconLock />} title="Not available to you">
      Your roles do not allow this page. Ask an administrator if you need it.
    </Alert>
  );
}
