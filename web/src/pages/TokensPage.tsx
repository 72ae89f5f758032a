import { EmptyState, Group, Loader, Switch } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTokens } from '../api/tokens';
import { LoadMore } from '../components/LoadMore';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useSession } from '../components/session-context';
import { CreateTokenButton } from '../components/tokens/CreateTokenButton';
import { TokenTable } from '../components/tokens/TokenTable';
import { useUrlFilters } from '../components/useUrlFilters';

const FILTERS = ['all', 'revoked'] as const;

export function TokensPage() {
  const { can } = useSession();
  const isAdmin = can('users.manage');
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const all = isAdmin && filters.all === '1';
  const includeRevoked = filters.revoked === '1';
  const tokens = useTokens({ all: all || undefined, includeRevoked: includeRevoked || undefined });
  const items = tokens.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Scripts and integrations use a token instead of a password. A read-only token cannot change anything."
        actions={<CreateTokenButton />}
      />
      <Group mb="md" gap="lg">
        {isAdmin && (
          <Switch
            label="All users' tokens"
            checked={all}
            onChange={(e) => setFilters({ all: e.currentTarget.checked ? '1' : null })}
          />
        )}
        <Switch
          label="Show revoked"
          checked={includeRevoked}
          onChange={(e) => setFilters({ revoked: e.currentTarget.checked ? '1' : null })}
        />
      </Group>
      {tokens.isPending ? (
        <Loader aria-label="Loading tokens" />
      ) : tokens.error ? (
        <QueryError error={tokens.error} retry={tokens.refetch} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconKey size={32} />}
          withIndicatorBackground
          title="No API tokens yet"
          description="Create a token to let a script, the qm command line or an integration use the API on your behalf."
          mt="xl"
        />
      ) : (
        <>
          <TokenTable tokens={items} showOwner={all} />
          <LoadMore {...tokens} />
        </>
      )}
    </>
  );
}
