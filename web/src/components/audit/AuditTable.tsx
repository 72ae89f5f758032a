import { Anchor, Badge, Code, Table, Text, Tooltip } from '@mantine/core';
import type { AuditEntry } from '../../api/types';
import { formatDateTime } from '../format';
import { ChangesCell } from './ChangesCell';

/** The log, newest first. Actor and entity are links that narrow the list to them. */
export function AuditTable({
  entries,
  onActor,
  onEntity,
}: {
  entries: AuditEntry[];
  onActor: (actorId: string) => void;
  onEntity: (entityType: string, entityId: string) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Entity</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Changes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.occurredAt)}</Table.Td>
              <Table.Td>
                {entry.actorId ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => onActor(entry.actorId!)}>
                    {entry.actorLabel}
                  </Anchor>
                ) : (
                  <Text size="sm">{entry.actorLabel}</Text>
                )}
                {entry.tokenId && (
                  <Text size="xs" c="dimmed">
                    with an API token
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray" tt="none" radius="sm">
                  {entry.action}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.entityType}</Text>
                <Tooltip label={`Only entries about ${entry.entityType} ${entry.entityId}`}>
                  <Anchor component="button" type="button" onClick={() => onEntity(entry.entityType, entry.entityId)}>
                    <Code fz="xs">
                      {entry.entityId.length > 13 ? `${entry.entityId.slice(0, 8)}…` : entry.entityId}
                    </Code>
                  </Anchor>
                </Tooltip>
              </Table.Td>
              <Table.Td>{entry.source}</Table.Td>
              <Table.Td>
                <ChangesCell changes={entry.changes} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
