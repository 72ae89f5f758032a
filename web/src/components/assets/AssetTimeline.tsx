import { Anchor, Badge, Group, Loader, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import {
  IconArrowRight,
  IconArrowsMove,
  IconCircleCheck,
  IconLogin2,
  IconLogout2,
  IconPackageImport,
  IconPencil,
  IconSearch,
  IconTool,
  IconTrash,
  IconAlertTriangle,
  IconArchive,
  IconPoint,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useAssetEvents } from '../../api/assets';
import type { AssetEvent, Assignee } from '../../api/types';
import { formatDateTime, formatDay, formatMoney, formatCount } from '../format';
import { LoadMore } from '../LoadMore';
import { QueryError } from '../QueryError';
import { StatusBadge } from '../StatusBadge';
import { EVENT_LABELS } from './actions';

const ICONS: Record<string, typeof IconPoint> = {
  created: IconPackageImport,
  received: IconPackageImport,
  receive: IconPackageImport,
  updated: IconPencil,
  move: IconArrowsMove,
  check_out: IconLogout2,
  check_in: IconLogin2,
  send_to_repair: IconTool,
  return_from_repair: IconCircleCheck,
  mark_missing: IconAlertTriangle,
  mark_found: IconSearch,
  mark_lost: IconAlertTriangle,
  mark_stolen: IconAlertTriangle,
  retire: IconArchive,
  dispose: IconTrash,
};

/** The asset's fields as an edit event lists them, in words. */
const FIELD_NAMES: Record<string, string> = {
  tag: 'tag',
  serial: 'serial',
  name: 'name',
  modelId: 'model',
  supplierId: 'supplier',
  orderReference: 'order reference',
  purchaseDate: 'purchase date',
  purchaseCost: 'cost',
  currency: 'currency',
  warrantyEnd: 'warranty end',
  costCentre: 'cost centre',
  customFields: 'custom fields',
  notes: 'notes',
};

/** A location the event names: code and name as the API resolved them, or unseen. */
function LocationName({ place }: { place: { id: string; code: string; name: string } | null }) {
  if (!place)
    return (
      <Text span size="sm" c="dimmed">
        a location you cannot see
      </Text>
    );
  return (
    <Anchor component={Link} to={`/locations/${place.id}`} size="sm">
      {place.name} ({place.code})
    </Anchor>
  );
}

function AssigneeName({ assignee }: { assignee: Assignee }) {
  const to =
    assignee.type === 'person'
      ? `/people/${assignee.id}`
      : assignee.type === 'location'
        ? `/locations/${assignee.id}`
        : `/assets/${assignee.id}`;
  return (
    <Anchor component={Link} to={to} size="sm">
      {assignee.label || 'unnamed'}
    </Anchor>
  );
}

function Details({ event }: { event: AssetEvent }) {
  const lines: React.ReactNode[] = [];
  if (event.statusFrom !== event.statusTo && event.statusTo) {
    lines.push(
      <Group key="status" gap={6} wrap="wrap">
        {event.statusFrom && <StatusBadge status={event.statusFrom} size="xs" />}
        {event.statusFrom && <IconArrowRight size={12} aria-label="to" />}
        <StatusBadge status={event.statusTo} size="xs" />
      </Group>,
    );
  }
  if (event.locationTo && event.locationFrom !== event.locationTo) {
    lines.push(
      <Text key="loc" size="sm">
        {event.locationFrom ? (
          <>
            From <LocationName place={event.locationFromRef} /> to <LocationName place={event.locationToRef} />
          </>
        ) : (
          <>
            At <LocationName place={event.locationToRef} />
          </>
        )}
      </Text>,
    );
  }
  const from = event.assigneeFrom;
  const to = event.assigneeTo;
  if (to && (!from || from.id !== to.id)) {
    lines.push(
      <Text key="to" size="sm">
        {from ? (
          <>
            From <AssigneeName assignee={from} /> to <AssigneeName assignee={to} />
          </>
        ) : (
          <>
            To <AssigneeName assignee={to} />
          </>
        )}
      </Text>,
    );
  } else if (from && !to) {
    lines.push(
      <Text key="from" size="sm">
        Back from <AssigneeName assignee={from} />
      </Text>,
    );
  }
  const data = event.data ?? {};
  if (event.requestReference || typeof data.requestReference === 'string') {
    lines.push(
      <Text key="req" size="sm">
        Request {event.requestReference ?? String(data.requestReference)}
      </Text>,
    );
  }
  if (typeof data.expectedReturnDate === 'string') {
    lines.push(
      <Text key="ret" size="sm">
        Expected back {formatDay(data.expectedReturnDate)}
      </Text>,
    );
  }
  if (data.transfer === true)
    lines.push(
      <Badge key="tr" size="xs" variant="light" color="indigo">
        Transfer
      </Badge>,
    );
  if (typeof data.reason === 'string')
    lines.push(
      <Text key="reason" size="sm">
        Reason: {data.reason}
      </Text>,
    );
  if (typeof data.proceeds === 'string')
    lines.push(
      <Text key="proc" size="sm">
        Proceeds: {formatMoney(data.proceeds, null)}
      </Text>,
    );
  if (Array.isArray(data.fields) && data.fields.length > 0) {
    const names = data.fields.map((f) => FIELD_NAMES[String(f)] ?? String(f));
    lines.push(
      <Text key="fields" size="sm">
        Changed: {names.join(', ')}
      </Text>,
    );
  }
  if (event.notes)
    lines.push(
      <Text key="notes" size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
        “{event.notes}”
      </Text>,
    );
  return <Stack gap={2}>{lines}</Stack>;
}

/** The asset's history, newest first, as a timeline (GET /assets/{id}/events). */
export function AssetTimeline({ assetId, limit }: { assetId: string; limit?: number }) {
  const events = useAssetEvents(assetId);
  if (events.isPending) return <Loader size="sm" aria-label="Loading history" />;
  if (events.error) return <QueryError error={events.error} retry={events.refetch} />;
  if (events.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No history yet.
      </Text>
    );
  const shown = limit ? events.items.slice(0, limit) : events.items;
  return (
    <>
      <Text size="sm" c="dimmed" mb="md" hidden={limit !== undefined}>
        {formatCount(events.items.length)} {events.items.length === 1 ? 'event' : 'events'}
        {events.hasNextPage ? ' so far' : ''}, newest first.
      </Text>
      <Timeline
        bulletSize={28}
        lineWidth={2}
        aria-label="History"
        component="ol"
        style={{ listStyle: 'none', paddingLeft: 0 }}
      >
        {shown.map((event) => {
          const Icon = ICONS[event.action] ?? IconPoint;
          return (
            <Timeline.Item
              key={event.id}
              component="li"
              bullet={
                <ThemeIcon size={28} radius="xl" variant="light" aria-hidden>
                  <Icon size={16} />
                </ThemeIcon>
              }
              title={
                <Text fw={600} size="sm" component="span">
                  {EVENT_LABELS[event.action] ?? event.action}
                </Text>
              }
            >
              <Details event={event} />
              <Text size="xs" c="dimmed" mt={4}>
                {formatDateTime(event.occurredAt)} · {event.actorLabel} · {event.source}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
      {!limit && <LoadMore {...events} />}
    </>
  );
}
