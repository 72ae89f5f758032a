import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../api/client';

/** A failed load, with the server's explanation and a way to try again. */
export function QueryError({
  error,
  retry,
  title = 'Could not load this',
}: {
  error: unknown;
  retry?: () => unknown;
  title?: string;
}) {
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={title} my="md">
      {errorMessage(error)}
      {retry && (
        <Button display="block" mt="sm" size="xs" variant="white" color="red" onClick={() => void retry()}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
