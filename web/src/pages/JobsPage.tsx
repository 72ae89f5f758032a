import { Button, Card, EmptyState, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconProgress } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isJobActive, useCancelJob, useJobs } from '../api/jobs';
import type { Job } from '../api/types';
import { JobStatusBadge } from '../components/Badges';
import { formatDateTime } from '../components/format';
import { JobProgress } from '../components/JobProgress';
import { LoadMore } from '../components/LoadMore';
import { notifyError, notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useSession } from '../components/session-context';

/** Job kinds as people say them; unknown kinds show as they are. */
const KIND_LABELS: Record<string, string> = { 'audit.verify': 'Audit log verification' };

function JobCard({ job }: { job: Job }) {
  const cancel = useCancelJob();
  const label = KIND_LABELS[job.kind] ?? job.kind;
  return (
    <Card withBorder radius="md" padding="md" component="li">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} truncate>
              {label}
            </Text>
            <Text size="xs" c="dimmed">
              Started {formatDateTime(job.startedAt ?? job.createdAt)}
              {job.finishedAt && ` · finished ${formatDateTime(job.finishedAt)}`}
            </Text>
          </div>
          <JobStatusBadge status={job.status} />
        </Group>
        <JobProgress job={job} label={`Progress of ${label}`} />
        {(job.message || job.error) && (
          <Text size="sm" c={job.error ? 'var(--mantine-color-error)' : undefined}>
            {job.error ?? job.message}
          </Text>
        )}
        {isJobActive(job) && (
          <Group justify="flex-end">
            <Button
              size="xs"
              variant="light"
              color="red"
              disabled={job.cancelRequested}
              loading={cancel.isPending}
              onClick={() =>
                cancel.mutate(job.id, {
                  onSuccess: () => notifySuccess(`Cancellation of “${label}” requested.`),
                  onError: (error) => notifyError(`Could not cancel “${label}”`, error),
                })
              }
            >
              {job.cancelRequested ? 'Cancelling…' : 'Cancel'}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export function JobsPage() {
  const { can } = useSession();
  const jobs = useJobs();
  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader
        title="Jobs"
        description={
          can('jobs.read_all')
            ? 'Long-running work done in the background, by everyone, newest first.'
            : 'Long-running work you started, done in the background, newest first.'
        }
      />
      {jobs.isPending ? (
        <Loader aria-label="Loading jobs" />
      ) : jobs.error ? (
        <QueryError error={jobs.error} retry={jobs.refetch} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconProgress size={32} />}
          withIndicatorBackground
          title="No background jobs yet"
          description="Long work, such as verifying the audit log, runs in the background and shows its progress here."
          mt="xl"
        >
          {can('audit.read') && (
            <EmptyState.Actions>
              <Button component={Link} to="/audit" variant="light">
                Go to the audit log
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <SimpleGrid
            cols={{ base: 1, md: 2 }}
            component="ul"
            aria-label="Jobs"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {items.map((job) => (
              <JobCard key={job.id} job={job} />
            ))}
          </SimpleGrid>
          <LoadMore {...jobs} />
        </>
      )}
    </>
  );
}
