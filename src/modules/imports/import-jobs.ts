/**
 * The background job that runs an import (dry run or commit) with the requester's current roles,
 * reports progress on the job, and settles the import's state and summary when it ends: checked,
 * committed, failed (the file turned out unreadable further down, or something broke) or
 * cancelled. A cancelled or failed run leaves nothing behind: the staging table is dropped and the
 * registry is written, if at all, in one transaction at the very end.
 */
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { JobCancelledError, type JobContext, type JobRow } from '../../platform/jobs/job-runner.js';
import { AppError } from '../../platform/http/errors.js';
import { findUserById, grantsOf } from '../users/users-repository.js';
import { isSpreadsheetError } from './reading/problems.js';
import type { ColumnMapping } from './mapping/index.js';
import { findImport, updateImport } from './imports-repository.js';
import { IMPORT_JOB, uploadPath, type ImportOptions, type ImportSummary } from './imports-use-cases.js';
import { runAssetImport, type Checkpoint, type Progress, type RunSummary } from './commit/run-asset-import.js';
import { runRecordImport } from './commit/run-record-import.js';

export interface ImportJobPayload {
  importId: string;
  dryRun: boolean;
}

/** The requester, with their current roles, as the run acts for them. */
export async function importerContext(s: Services, userId: string | null): Promise<ActionContext> {
  const user = userId ? await findUserById(s.db, userId) : undefined;
  if (!user || user.status !== 'active')
    throw new AppError('forbidden', 403, 'The person who started the import can no longer sign in.');
  return {
    actor: {
      type: 'user',
      userId: user.id,
      tokenId: null,
      label: user.email,
      grants: await grantsOf(s.db, user.id),
      readOnly: false,
    },
    source: 'import',
    requestId: null,
  };
}

/**
 * Runs an import to its end in this process and settles its state and summary: the job's body,
 * and what `qm import` calls when it works on the database directly.
 */
export async function executeRun(
  s: Services,
  ctx: ActionContext,
  importId: string,
  dryRun: boolean,
  progress: Progress,
  checkpoint?: Checkpoint,
): Promise<RunSummary> {
  const row = await findImport(s.db, importId);
  if (!row) throw new AppError('not_found', 404, 'The import was deleted.');
  const summary = row.summary as ImportSummary;
  const options = row.options as ImportOptions;
  try {
    const mapping = row.mapping as ColumnMapping;
    const run = mapping.importType === 'assets' ? runAssetImport : runRecordImport;
    const result = await run(
      s,
      ctx,
      {
        importId,
        filePath: uploadPath(s, importId),
        fileName: row.fileName,
        mapping,
        dryRun,
        skipBadRows: options.skipBadRows ?? false,
        sheet: options.sheet,
      },
      progress,
      checkpoint,
    );
    await updateImport(s.db, importId, {
      state: result.committed ? 'committed' : 'checked',
      summary: { ...summary, lastRun: result, lastError: null },
      ...(result.committed ? { committedAt: new Date() } : {}),
    });
    return result;
  } catch (error) {
    if (error instanceof JobCancelledError) {
      await updateImport(s.db, importId, { state: 'cancelled' });
      throw error;
    }
    const message =
      isSpreadsheetError(error) || error instanceof AppError
        ? error.message
        : 'The import failed unexpectedly; see the server log.';
    await updateImport(s.db, importId, { state: 'failed', summary: { ...summary, lastError: message } });
    if (isSpreadsheetError(error)) throw new AppError(error.code, 422, error.message);
    throw error;
  }
}

export async function runImportJob(s: Services, job: JobContext<ImportJobPayload>): Promise<unknown> {
  const { importId, dryRun } = job.payload;
  let ctx: ActionContext;
  try {
    ctx = await importerContext(s, job.requestedBy);
  } catch (error) {
    await updateImport(s.db, importId, { state: 'failed' });
    throw error;
  }
  const result = await executeRun(
    s,
    ctx,
    importId,
    dryRun,
    (done, total, message) => job.progress(done, total, message),
    (db, options) => job.checkCancelled(db, options),
  );
  return { importId, committed: result.committed, refused: result.refused, rows: result.rows, errors: result.errors };
}

/**
 * What the import page and `qm import` show for a run whose process died. True because the
 * registry is written in one transaction at the end of a run: a run that did not finish wrote
 * nothing (its staging table is dropped by the next run).
 */
export const ABANDONED_IMPORT_MESSAGE = 'The server stopped while this import ran; nothing was written, run it again.';

/** Settles an import whose job was found abandoned: failed, with a message saying so. */
export async function settleAbandonedImport(s: Services, job: JobRow): Promise<void> {
  const { importId } = job.payload as ImportJobPayload;
  const row = await findImport(s.db, importId);
  if (!row || row.jobId !== job.id || (row.state !== 'checking' && row.state !== 'committing')) return;
  const summary = row.summary as ImportSummary;
  await updateImport(s.db, importId, {
    state: 'failed',
    summary: { ...summary, lastError: ABANDONED_IMPORT_MESSAGE },
  });
}

export function registerImportJobs(s: Services): void {
  s.jobs.register<ImportJobPayload>(IMPORT_JOB, (job) => runImportJob(s, job), {
    bulk: true,
    onAbandoned: (job) => settleAbandonedImport(s, job),
  });
}
