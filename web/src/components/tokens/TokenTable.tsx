import { Badge, Button, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useRevokeToken } from '../../api/tokens';
import type { ApiToken } from '../../api/types';
import { TokenStateBadge } from '../Badges';
import { formatDate, formatDateTime } from '../format';
import { notifyError, notifySuccess } from '../notify';

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

export function TokenTable({ tokens, showOwner }: { tokens: ApiToken[]; showOwner: boolean }) {
  const confirmRevoke = useConfirmRevoke();
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
                <Badge variant="outline" color={token.access === 'read_write' ? 'orange' : 'gray'}>
                  {token.access === 'read_write' ? 'Read-write' : 'Read-only'}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(token.expiresAt)}</Table.Td>
              <Table.Td>{formatDateTime(token.lastUsedAt)}</Table.Td>
              <Table.Td>
                <TokenStateBadge state={token.state} />
              </Table.Td>
              <Table.Td ta="right">
                {token.state !== 'revoked' && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => confirmRevoke(token)}
                    aria-label={`Revoke token ${token.name}`}
                  >
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
