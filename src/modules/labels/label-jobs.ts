/**
 * Large label runs in the background: the job reads the selection page by page with the
 * requester's current roles, writes the file to `<QM_DATA_DIR>/exports/<jobId>.<pdf|zpl>` and
 * reports progress. `GET /labels/jobs/:jobId/file` serves it to whoever asked for it.
 *
 * The file lives in the data folder of the instance that ran the job: with several instances on a
 * PostgreSQL server, QM_DATA_DIR must be a folder they share for large runs to be downloadable
 * from any of them. Files older than a week are removed when the next run starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Services } from '../../platform/services.js';
import { systemContext, type ActionContext } from '../../platform/context.js';
import type { JobContext, JobRow } from '../../platform/jobs/job-runner.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { findUserById, grantsOf } from '../users/users-repository.js';
import { planLabels } from './label-request.js';
import { resolveSelection } from './label-selection.js';
import { readLabelSettings } from './label-settings.js';
import {
  LABEL_JOB,
  contentTypeOf,
  fileNameOf,
  preparedLabels,
  writeLabels,
  type LabelJobPayload,
} from './labels-use-cases.js';

const KEEP_MS = 7 * 24 * 3600 * 1000;
const FILE_NAME = /^[0-9a-f-]{36}\.(pdf|zpl)$/;

export interface LabelJobResult {
  fileName: string;
  contentType: string;
  format: 'pdf' | 'zpl';
  labels: number;
  bytes: number;
  fileUrl: string;
}

export const exportsDir = (s: Services) => path.join(s.config.dataDir, 'exports');
const filePath = (s: Services, jobId: string, format: string) => path.join(exportsDir(s), `${jobId}.${format}`);

/** The requester as they are now: a removed role no longer prints what it covered. */
async function requesterContext(s: Services, userId: string | null): Promise<ActionContext> {
  if (!userId) return systemContext();
  const user = await findUserById(s.db, userId);
  return {
    actor: {
      type: 'user',
      userId,
      tokenId: null,
      label: user?.email ?? userId,
      grants: user && user.status === 'active' ? await grantsOf(s.db, userId) : [],
      readOnly: true,
    },
    source: 'system',
    requestId: null,
  };
}

function pruneOldFiles(dir: string): void {
  const now = Date.now();
  for (const name of fs.readdirSync(dir)) {
    if (!FILE_NAME.test(name) && !name.endsWith('.partial')) continue;
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > KEEP_MS) fs.rmSync(file, { force: true });
    } catch {
      // Another instance removed it first.
    }
  }
}

export async function runLabelJob(s: Services, job: JobContext<LabelJobPayload>): Promise<LabelJobResult> {
  const { request, baseUrl } = job.payload;
  const ctx = await requesterContext(s, job.requestedBy);
  const plan = planLabels(request, await readLabelSettings(s.db), baseUrl ?? undefined);
  const selection = await resolveSelection(s, ctx, plan.selection);
  const total = selection.count;
  await job.progress(0, total, `0 of ${total} labels`);

  const dir = exportsDir(s);
  fs.mkdirSync(dir, { recursive: true });
  pruneOldFiles(dir);
  const target = filePath(s, job.jobId, plan.format);
  const partial = `${target}.partial`;
  const out = fs.createWriteStream(partial);
  try {
    const { labels } = await writeLabels(plan, preparedLabels(plan, selection.subjects()), out, (done) =>
      job.progress(done, total, `${done} of ${total} labels`),
    );
    fs.renameSync(partial, target);
    return {
      fileName: fileNameOf(plan),
      contentType: contentTypeOf(plan.format),
      format: plan.format,
      labels,
      bytes: fs.statSync(target).size,
      fileUrl: `/api/v1/labels/jobs/${job.jobId}/file`,
    };
  } catch (err) {
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

/** Registers the label job with the runner; call it where the other jobs are registered. */
export function registerLabelJobs(s: Services): void {
  s.jobs.register<LabelJobPayload>(LABEL_JOB, (job) => runLabelJob(s, job));
}

/** The finished file of a label job, for the user who asked for it. */
export async function labelJobFile(
  s: Services,
  ctx: ActionContext,
  jobId: string,
): Promise<{ path: string; fileName: string; contentType: string; bytes: number }> {
  const job: JobRow | undefined = await s.jobs.get(jobId);
  if (!job || job.kind !== LABEL_JOB || job.requestedBy === null || job.requestedBy !== ctx.actor.userId) {
    throw notFound('The label job');
  }
  if (job.status !== 'completed') {
    const state =
      job.status === 'queued' || job.status === 'running'
        ? `is ${job.status} (${job.progressDone} of ${job.progressTotal ?? '?'} labels)`
        : `has ${job.status === 'failed' ? `failed: ${job.error ?? 'no reason given'}` : 'been cancelled'}`;
    throw new AppError('job_not_finished', 409, `The labels are not ready: the job ${state}.`);
  }
  const result = job.result as LabelJobResult | null;
  const format = result?.format ?? 'pdf';
  const file = filePath(s, job.id, format);
  if (!result || !fs.existsSync(file)) {
    throw new AppError(
      'file_gone',
      410,
      'The file of this job is no longer here: label files are kept for a week, in the data folder of the instance that made them (on several instances, QM_DATA_DIR must be shared). Print the labels again.',
    );
  }
  return { path: file, fileName: result.fileName, contentType: result.contentType, bytes: fs.statSync(file).size };
}
