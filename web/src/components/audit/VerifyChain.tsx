import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useStartAuditVerification } from '../../api/audit';
import { isJobActive, useJob } from '../../api/jobs';
import type { AuditVerifyReport, Job } from '../../api/types';
import { plural } from '../format';
import { JobProgress } from '../JobProgress';
import { notifyError } from '../notify';

/** A finished audit.verify job carries the report as its result. */
function reportOf(job: Job): AuditVerifyReport | null {
  const r = job.result as Partial<AuditVerifyReport> | null;
  return r && typeof r.ok === 'boolean' && typeof r.checked === 'number' ? (r as AuditVerifyReport) : null;
}

function Outcome({ job }: { job: Job }) {
  const report = reportOf(job);
  if (job.status === 'failed') {
    return (
      <Alert color="red" icon={<IconShieldX />} title="The verification failed to run">
        {job.error ?? 'No reason was given.'}
      </Alert>
    );
  }
  if (job.status === 'cancelled' || !report) {
    return <Alert color="orange">The verification was cancelled before it finished.</Alert>;
  }
  if (report.ok) {
    return (
      <Alert
        color="green"
        icon={<IconCircleCheck />}
        title={`Chain intact: ${plural(report.checked, 'entry', 'entries')} verified`}
      >
        No entry was altered, deleted or inserted behind Quartermaster’s back.
        {report.unsealed > 0 && ` ${plural(report.unsealed, 'newer entry is', 'newer entries are')} not sealed yet.`}
      </Alert>
    );
  }
  return (
    <Alert color="red" icon={<IconShieldX />} title="The audit log was tampered with">
      <Text size="sm" fw={500}>
        {report.firstProblem?.message}
      </Text>
      {report.problems.length > 0 && (
        <List size="sm" mt="xs">
          {report.problems.map((p, i) => (
            <List.Item key={`${p.kind}-${p.entryId ?? p.seq ?? i}`}>
              {p.kind}: {p.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** "Verify chain": runs as a background job, followed every 500 ms with a progress bar. */
export function VerifyChainButton({ onJob }: { onJob: (jobId: string) => void }) {
  const start = useStartAuditVerification();
  return (
    <Button
      leftSection={<IconShieldCheck size={16} />}
      loading={start.isPending}
      onClick={() =>
        start.mutate(undefined, {
          onSuccess: (job) => onJob(job.id),
          onError: (error) => notifyError('Could not start the verification', error),
        })
      }
    >
      Verify chain
    </Button>
  );
}

export function VerifyChainStatus({ jobId }: { jobId: string }) {
  const job = useJob(jobId);
  const queryClient = useQueryClient();
  const finished = job.data !== undefined && !isJobActive(job.data);
  // Starting the job wrote its own entry (job.queued): show it once the verification is done.
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['audit'] });
  }, [finished, queryClient]);
  if (!job.data) return null;
  return (
    <Stack gap="xs" mb="lg" aria-live="polite">
      {isJobActive(job.data) ? (
        <>
          <Text size="sm">{job.data.message ?? 'Verifying the audit log’s hash chain…'}</Text>
          <JobProgress job={job.data} label="Verification progress" />
        </>
      ) : (
        <Outcome job={job.data} />
      )}
    </Stack>
  );
}
