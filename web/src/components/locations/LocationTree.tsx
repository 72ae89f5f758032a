import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Box, Button, Group, Loader, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPoint } from '@tabler/icons-react';
import { Link } from 'react-router';
import { kindLabel, useLocationChildren } from '../../api/locations';
import type { Location } from '../../api/types';
import { formatCount } from '../format';
import { QueryError } from '../QueryError';

/**
 * The location tree, browsed lazily: each level is fetched when it is opened (GET
 * /locations?parentId=...), a page at a time, so a tree of tens of thousands opens as fast as a
 * small one. A nested list of disclosure buttons and links: Tab reaches every one.
 */
export function LocationTree({ includeArchived }: { includeArchived: boolean }) {
  return <Level parentId="root" depth={0} includeArchived={includeArchived} label="Locations" />;
}

function Level({
  parentId,
  depth,
  includeArchived,
  label,
}: {
  parentId: string;
  depth: number;
  includeArchived: boolean;
  label: string;
}) {
  const children = useLocationChildren(parentId, { includeArchived });
  if (children.isPending) return <Loader size="xs" ml={depth * 24 + 8} my={6} aria-label={`Loading ${label}`} />;
  if (children.error) return <QueryError error={children.error} retry={children.refetch} />;
  return (
    <>
      <Box component="ul" aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
        {children.items.map((location) => (
          <Node key={location.id} location={location} depth={depth} includeArchived={includeArchived} />
        ))}
      </Box>
      {children.hasNextPage && (
        <Button
          variant="subtle"
          size="xs"
          ml={depth * 24 + 32}
          loading={children.isFetchingNextPage}
          onClick={() => void children.fetchNextPage()}
        >
          Show more in {label}
        </Button>
      )}
    </>
  );
}

function Node({ location, depth, includeArchived }: { location: Location; depth: number; includeArchived: boolean }) {
  const [open, setOpen] = useState(false);
  const archived = location.archivedAt !== null;
  return (
    <li>
      <Group
        gap={6}
        wrap="nowrap"
        pl={depth * 24}
        py={4}
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        {location.hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="md"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-label={`${open ? 'Close' : 'Open'} ${location.name}`}
          >
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        ) : (
          <Box w={28} style={{ display: 'flex', justifyContent: 'center', flexShrink: 0 }} aria-hidden>
            <IconPoint size={12} color="var(--mantine-color-dimmed)" />
          </Box>
        )}
        <Group gap="xs" wrap="wrap" style={{ minWidth: 0, flex: 1 }}>
          {location.inScope ? (
            <Anchor component={Link} to={`/locations/${location.id}`} fw={500} size="sm">
              {location.name}
            </Anchor>
          ) : (
            <Text size="sm" fw={500}>
              {location.name}
            </Text>
          )}
          <Text size="xs" c="dimmed" ff="monospace">
            {location.code}
          </Text>
          <Badge size="xs" variant="light" color="gray">
            {kindLabel(location.kind)}
          </Badge>
          {archived && (
            <Badge size="xs" variant="outline" color="orange">
              Archived
            </Badge>
          )}
        </Group>
        {location.childCount > 0 && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatCount(location.childCount)} inside
          </Text>
        )}
      </Group>
      {open && (
        <Level parentId={location.id} depth={depth + 1} includeArchived={includeArchived} label={location.name} />
      )}
    </li>
  );
}
