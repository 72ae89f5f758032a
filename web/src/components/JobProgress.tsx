import { Progress, Text } from '@mantine/core';
import type { Job } from '../api/types';
import { formatCount } from './format';

/**
 * A job's progress: a bar when the total is known, an animated stripe while it is not. The counts
 * are printed only when the job gives no message of its own (which usually says the same).
 */
export function JobProgress({ job, label }: { job: Job; label: string }) {
  const total = job.progressTotal;
  const done = job.status === 'completed';
  const value = done
    ? 100
    : total
      ? Math.min(100, (job.progressDone / total) * 100)
      : job.status === 'running'
        ? 100
        : 0;
  const text = total ? `${formatCount(job.progressDone)} of ${formatCount(total)}` : formatCount(job.progressDone);
  return (
    <div>
      <Progress
        value={value}
        aria-label={label}
        striped={job.status === 'running' && !total}
        animated={job.status === 'running'}
        color={job.status === 'failed' ? 'red' : job.status === 'cancelled' ? 'orange' : done ? 'green' : undefined}
      />
      {!job.message && (
        <Text size="xs" c="dimmed" mt={4}>
          {text}
        </Text>
      )}
    </div>
  );
}
