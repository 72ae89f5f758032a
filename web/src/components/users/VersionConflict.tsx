import { Alert, Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';

/** Shown when someone else saved the user first (409 version_conflict): their changes win until reloaded. */
export function VersionConflict({ onReload }: { onReload: () => void }) {
  return (
    <Alert color="orange" title="Someone else changed this user" mb="md">
      Your change was not saved because the user was changed meanwhile. Reload to see the latest version, then make your
      change again.
      <Button
        display="block"
        mt="sm"
        size="xs"
        variant="white"
        color="orange"
        leftSection={<IconRefresh size={14} />}
        onClick={onReload}
      >
        Reload
      </Button>
    </Alert>
  );
}
