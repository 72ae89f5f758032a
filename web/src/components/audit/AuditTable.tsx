import { Anchor, Badge, Code, Group, Table, Text, Tooltip } from '@mantine/core';
import type { AuditEntry } from '../../api/types';
import { CardList, CardListItem, Field } from '../CardList';
import { formatDateTime } from '../format';
import { useIsPhone } from '../useIsPhone';
import { ChangesCell } from './ChangesCell';

interface Handlers {
  onActor: (actorId: string) => void;
  onEntity: (entityType: string, entityId: string) => void;
}

function Actor({ entry, onActor }: { entry: AuditEntry } & Pick<Handlers, 'onActor'>) {
  return (
    <>
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
    </>
  );
}

function Action({ entry }: { entry: AuditEntry }) {
  return (
    <Badge variant="light" color="gray" tt="none" radius="sm">
      {entry.action}
    </Badge>
  );
}

/** The entity's type and a short id; clicking narrows the log to that entity. */
function Entity({ entry, onEntity }: { entry: AuditEntry } & Pick<Handlers, 'onEntity'>) {
  const shortId = entry.entityId.length > 13 ? `${entry.entityId.slice(0, 8)}…` : entry.entityId;
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{entry.entityType}</Text>
      <Tooltip label={`Only entries about ${entry.entityType} ${entry.entityId}`}>
        <Anchor
          component="button"
          type="button"
          onClick={() => onEntity(entry.entityType, entry.entityId)}
          aria-label={`Only entries about ${entry.entityType} ${entry.entityId}`}
        >
          <Code fz="xs">{shortId}</Code>
        </Anchor>
      </Tooltip>
    </Group>
  );
}

/** The log, newest first. Actor and entity are links that narrow the list to them. */
export function AuditTable({ entries, onActor, onEntity }: { entries: AuditEntry[] } & Handlers) {
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <CardList label="Audit log entries">
        {entries.map((entry) => (
          <CardListItem
            key={entry.id}
            title={<Action entry={entry} />}
            badge={
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(entry.occurredAt)}
              </Text>
            }
          >
            <Field label="Actor">
              <Actor entry={entry} onActor={onActor} />
            </Field>
            <Field label="Entity">
              <Entity entry={entry} onEntity={onEntity} />
            </Field>
            <Field label="Source">{entry.source}</Field>
            <Field label="Changes">
              <ChangesCell changes={entry.changes} />
            </Field>
          </CardListItem>
        ))}
      </CardList>
    );
  }
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
                <Actor entry={entry} onActor={onActor} />
              </Table.Td>
              <Table.Td>
                <Action entry={entry} />
              </Table.Td>
              <Table.Td>
                <Entity entry={entry} onEntity={onEntity} />
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
