import { useState } from 'react';
import { Badge, CloseButton, EmptyState, Group, Loader, Text } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useAuditLog, type AuditFilters as ApiAuditFilters } from '../api/audit';
import { AuditFilters, AUDIT_FILTER_KEYS } from '../components/audit/AuditFilters';
import { AuditTable } from '../components/audit/AuditTable';
import { VerifyChainButton, VerifyChainStatus } from '../components/audit/VerifyChain';
import { LoadMore } from '../components/LoadMore';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useUrlFilters } from '../components/useUrlFilters';

/** A YYYY-MM-DD from the URL as an instant: the start or the end of that day where the reader is. */
function dayBound(day: string | undefined, end: boolean): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString();
}

export function AuditPage() {
  const [filters, setFilters] = useUrlFilters(AUDIT_FILTER_KEYS);
  const [verifyJobId, setVerifyJobId] = useState<string | null>(null);
  const query: ApiAuditFilters = {
    actorId: filters.actor,
    entityType: filters.entityType,
    entityId: filters.entityId,
    action: filters.action,
    from: dayBound(filters.from, false),
    to: dayBound(filters.to, true),
  };
  const log = useAuditLog(query);
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change, newest first. Entries are hash-chained: verifying the chain proves none was altered."
        actions={<VerifyChainButton onJob={setVerifyJobId} />}
      />
      {verifyJobId && <VerifyChainStatus jobId={verifyJobId} />}
      <AuditFilters filters={filters} onChange={setFilters} />
      {filters.entityId && (
        <Group gap={4} mb="md">
          <Text size="sm">Only entries about</Text>
          <Badge
            variant="outline"
            tt="none"
            rightSection={
              <CloseButton size="xs" aria-label="Show all entities" onClick={() => setFilters({ entityId: null })} />
            }
          >
            {filters.entityType ?? 'entity'} {filters.entityId}
          </Badge>
        </Group>
      )}
      {log.isPending ? (
        <Loader aria-label="Loading the audit log" />
      ) : log.error ? (
        <QueryError error={log.error} retry={log.refetch} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconListDetails size={32} />}
          withIndicatorBackground
          title={filtered ? 'No entry matches these filters' : 'The audit log is empty'}
          description={
            filtered
              ? 'Widen the dates or clear a filter to see more.'
              : 'Entries appear here as soon as anyone signs in or changes something.'
          }
          mt="xl"
        />
      ) : (
        <>
          <AuditTable
            entries={items}
            onActor={(actor) => setFilters({ actor })}
            onEntity={(entityType, entityId) => setFilters({ entityType, entityId })}
          />
          <LoadMore {...log} />
        </>
      )}
    </>
  );
}
