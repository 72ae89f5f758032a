import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <EmptyState
      icon={<IconMapOff size={32} />}
      withIndicatorBackground
      title="There is no page here"
      description="The link may be old or mistyped. Use the navigation, or go back home."
      mt="xl"
    >
      <EmptyState.Actions>
        <Button component={Link} to="/">
          Go home
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
