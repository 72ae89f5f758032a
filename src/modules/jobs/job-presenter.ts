import { z } from 'zod';
import type { JobRow } from '../../platform/jobs/job-runner.js';

export const jobSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'completed', 'failed', 'cancelled']),
    progressDone: z.number(),
    progressTotal: z.number().nullable(),
    message: z.string().nullable(),
    result: z.unknown().nullable(),
    error: z.string().nullable(),
    cancelRequested: z.boolean(),
    requestedBy: z.uuid().nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

export type JobView = z.infer<typeof jobSchema>;

export function presentJob(j: JobRow): JobView {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    progressDone: j.progressDone,
    progressTotal: j.progressTotal,
    message: j.message,
    result: j.result ?? null,
    error: j.error,
    cancelRequested: j.cancelRequested,
    requestedBy: j.requestedBy,
    createdAt: j.createdAt.toISOString(),
    startedAt: j.startedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}
