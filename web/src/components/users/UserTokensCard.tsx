import { Card, Group, Loader, Text, Title } from '@mantine/core';
import { useTokens } from '../../api/tokens';
import type { User } from '../../api/types';
import { LoadMore } from '../LoadMore';
import { QueryError } from '../QueryError';
import { CreateTokenButton } from '../tokens/CreateTokenButton';
import { TokenTable } from '../tokens/TokenTable';

export function UserTokensCard({ user }: { user: User }) {
  const tokens = useTokens({ userId: user.id, includeRevoked: true });
  const items = tokens.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="h4">
          API tokens
        </Title>
        <CreateTokenButton user={user} />
      </Group>
      {tokens.isPending ? (
        <Loader size="sm" aria-label="Loading tokens" />
      ) : tokens.error ? (
        <QueryError error={tokens.error} retry={tokens.refetch} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {user.name} has no API tokens. Issue one when an integration should act as this user.
        </Text>
      ) : (
        <>
          <TokenTable tokens={items} showOwner={false} />
          <LoadMore {...tokens} />
        </>
      )}
    </Card>
  );
}
