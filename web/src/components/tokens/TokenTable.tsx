import { Badge, Button, Code, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useRevokeToken } from '../../api/tokens';
import type { ApiToken } from '../../api/types';
import { TokenStateBadge } from '../Badges';
import { CardList, CardListItem, Field } from '../CardList';
import { formatDate, formatDateTime } from '../format';
import { notifyError, notifySuccess } from '../notify';
import { useIsPhone } from '../useIsPhone';

function useConfirmRevoke() {
  const revoke = useRevokeToken();
  return (token: ApiToken) =>
    modals.openConfirmModal({
      title: `Revoke the token "${token.name}"?`,
      children: (
        <Text size="sm">
          Scripts and integrations that use it ({token.prefix}…) stop working at once. This cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Revoke token', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        revoke.mutate(token.id, {
          onSuccess: () => notifySuccess(`Token "${token.name}" revoked.`),
          onError: (error) => notifyError(`Could not revoke "${token.name}"`, error),
        }),
    });
}

function AccessBadge({ token }: { token: ApiToken }) {
  return (
    <Badge variant="outline" color={token.access === 'read_write' ? 'orange' : 'gray'}>
      {token.access === 'read_write' ? 'Read-write' : 'Read-only'}
    </Badge>
  );
}

function RevokeButton({ token, onRevoke }: { token: ApiToken; onRevoke: (token: ApiToken) => void }) {
  if (token.state === 'revoked') return null;
  return (
    <Button
      size="xs"
      variant="subtle"
      color="red"
      onClick={() => onRevoke(token)}
      aria-label={`Revoke token ${token.name}`}
    >
      Revoke
    </Button>
  );
}

export function TokenTable({ tokens, showOwner }: { tokens: ApiToken[]; showOwner: boolean }) {
  const confirmRevoke = useConfirmRevoke();
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <CardList label="API tokens">
        {tokens.map((token) => (
          <CardListItem
            key={token.id}
            title={<Text fw={600}>{token.name}</Text>}
            badge={<TokenStateBadge state={token.state} />}
          >
            {showOwner && <Field label="Owner">{token.userEmail}</Field>}
            <Field label="Prefix">
              <Code>{token.prefix}…</Code>
            </Field>
            <Field label="Access">
              <AccessBadge token={token} />
            </Field>
            <Field label="Expires">{formatDate(token.expiresAt)}</Field>
            <Field label="Last used">{formatDateTime(token.lastUsedAt)}</Field>
            <Group justify="flex-end">
              <RevokeButton token={token} onRevoke={confirmRevoke} />
            </Group>
          </CardListItem>
        ))}
      </CardList>
    );
  }
  return (
    <Table.ScrollContainer minWidth={showOwner ? 880 : 760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            {showOwner && <Table.Th>Owner</Table.Th>}
            <Table.Th>Prefix</Table.Th>
            <Table.Th>Access</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td fw={500}>{token.name}</Table.Td>
              {showOwner && <Table.Td>{token.userEmail}</Table.Td>}
              <Table.Td>
                <Code>{token.prefix}…</Code>
              </Table.Td>
              <Table.Td>
                <AccessBadge token={token} />
              </Table.Td>
              <Table.Td>{formatDate(token.expiresAt)}</Table.Td>
              <Table.Td>{formatDateTime(token.lastUsedAt)}</Table.Td>
              <Table.Td>
                <TokenStateBadge state={token.state} />
              </Table.Td>
              <Table.Td ta="right">
                <RevokeButton token={token} onRevoke={confirmRevoke} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
