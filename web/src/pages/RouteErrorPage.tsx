import { Button, Code, EmptyState, Group } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { useRouteError } from 'react-router';

/** A page that failed to draw (a bug): say so plainly, and offer a way out. */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <EmptyState
      icon={<IconBug size={32} />}
      withIndicatorBackground
      title="This page failed"
      description={
        <>
          Quartermaster hit a bug while drawing it. Reload to try again; if it keeps happening, report it with this
          message: <Code>{message}</Code>
        </>
      }
      mt="xl"
      p="md"
    >
      <EmptyState.Actions>
        <Group>
          <Button onClick={() => window.location.reload()}>Reload</Button>
          <Button variant="default" component="a" href="/">
            Go home
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
