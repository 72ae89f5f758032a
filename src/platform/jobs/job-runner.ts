/**
 * Background jobs: pg-boss queues them in PostgreSQL itself; the `jobs` table holds what users see
 * (progress, message, result, error) and the cancel flag that a running job checks each time it
 * reports progress. Workers run inside the app by default and in `qm worker` processes on a server.
 */
import PgBoss from 'pg-boss';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database, Db } from '../db/database.js';
import { jobs } from '../db/schema.js';
import { pgliteBossAdapter } from './pglite-boss-adapter.js';
import { vacuumAnalyze } from '../db/vacuum.js';
import { withMigrationLock } from '../db/migrate.js';
import type { ActionContext } from '../context.js';
import type { AuditWriter } from '../../modules/audit/audit-writer.js';
import { AppError, notFound } from '../http/errors.js';

export type JobRow = typeof jobs.$inferSelect;

export class JobCancelledError extends Error {
  constructor() {
    super('The job was cancelled.');
  }
}

export interface JobContext<P> {
  jobId: string;
  payload: P;
  requestedBy: string | null;
  /** Reports progress; throws JobCancelledError when someone asked to cancel the job. */
  progress(done: number, total?: number | null, message?: string): Promise<void>;
  /**
   * Throws JobCancelledError if someone asked to cancel the job, reading the flag through `db`
   * (pass the job's open transaction: the embedded database has one connection). `last`: the
   * check just before a transaction commits; it locks the job's row, so a cancel asked after it
   * waits for the commit (and then finds the job done) instead of being lost.
   */
  checkCancelled(db?: Db, options?: { last?: boolean }): Promise<void>;
}

export type JobHandler<P = unknown> = (ctx: JobContext<P>) => Promise<unknown>;

/** Settles what a job had under way when it was found abandoned (its process died). */
export type AbandonedHandler = (job: JobRow) => Promise<void>;

export const ABANDONED_MESSAGE = 'The server stopped while this job ran.';
/** How often a worker looks for jobs pg-boss has given up on (expired with their dead process). */
const RECOVER_EVERY_MS = 60_000;
/**
 * How long pg-boss lets a job stay active before it counts it as expired (its default is 15
 * minutes). A 1M-row import or a large label run can take longer than that; expiring a job that is
 * still running would have another worker call it abandoned. The cost: on PostgreSQL a job whose
 * worker died shows as running until this runs out.
 */
const JOB_EXPIRY_HOURS = 2;

const QUEUE_PREFIX = 'qm.';
const PROGRESS_EVERY_MS = 250;

export class JobRunner {
  private boss: PgBoss | undefined;
  private readonly handlers = new Map<
    string,
    { handler: JobHandler<never>; bulk: boolean; onAbandoned: AbandonedHandler | undefined }
  >();
  /** Jobs this process is running now: never abandoned, whatever pg-boss says. */
  private readonly active = new Set<string>();
  private recoverTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly database: Database,
    private readonly audit: AuditWriter,
    private readonly logger: Logger,
  ) {}

  private get db(): Db {
    return this.database.db;
  }

  /**
   * `bulk`: the job writes many rows, so the embedded database gets VACUUM ANALYZE after it.
   * `onAbandoned`: settles the module's own state when a job of this kind is found abandoned.
   */
  register<P>(
    kind: string,
    handler: JobHandler<P>,
    options: { bulk?: boolean; onAbandoned?: AbandonedHandler } = {},
  ): void {
    this.handlers.set(kind, {
      handler: handler as JobHandler<never>,
      bulk: options.bulk ?? false,
      onAbandoned: options.onAbandoned,
    });
  }

  get kinds(): string[] {
    return [...this.handlers.keys()];
  }

  async start(options: { work: boolean; pollingIntervalSeconds?: number }): Promise<void> {
    const boss = this.database.pglite
      ? new PgBoss({ db: pgliteBossAdapter(this.database.pglite), schema: 'pgboss', supervise: true, schedule: false })
      : new PgBoss({
          db: { executeSql: (text, values) => this.database.pool!.query(text, values) },
          schema: 'pgboss',
          schedule: false,
        });
    boss.on('error', (err) => this.logger.error({ err }, 'job queue error'));
    // Installing pg-boss's schema and creating queues race when instances start together.
    const install = async () => {
      await boss.start();
      for (const kind of this.handlers.keys()) {
        if (!(await boss.getQueue(QUEUE_PREFIX + kind))) {
          await boss.createQueue(QUEUE_PREFIX + kind, { name: QUEUE_PREFIX + kind, retryLimit: 0 });
        }
      }
    };
    if (this.database.pool) await withMigrationLock(this.database, install);
    else await install();
    this.boss = boss;
    if (!options.work) return;
    await this.recoverAbandoned({ atStart: true });
    this.recoverTimer = setInterval(() => {
      this.recoverAbandoned({ atStart: false }).catch((err: unknown) =>
        this.logger.warn({ err }, 'looking for abandoned jobs failed'),
      );
    }, RECOVER_EVERY_MS);
    this.recoverTimer.unref();
    for (const kind of this.handlers.keys()) {
      await boss.work<{ jobId: string }>(
        QUEUE_PREFIX + kind,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: 1 },
        async ([job]) => {
          if (job) await this.run(kind, job.data.jobId);
        },
      );
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.recoverTimer);
    this.recoverTimer = undefined;
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = undefined;
  }

  /** Queues a job and records who asked for it. */
  async enqueue(ctx: ActionContext, kind: string, payload: Record<string, unknown>): Promise<JobRow> {
    if (!this.handlers.has(kind)) throw new Error(`No job handler for ${kind}`);
    if (!this.boss) throw new AppError('jobs_unavailable', 503, 'Background jobs are not running on this instance.');
    const row = await this.db.transaction(async (tx) => {
      const [inserted] = await tx.insert(jobs).values({ kind, payload, requestedBy: ctx.actor.userId }).returning();
      await this.audit.record(tx, ctx, {
        entityType: 'job',
        entityId: inserted!.id,
        action: 'job.queued',
        changes: { kind, payload },
      });
      return inserted!;
    });
    try {
      await this.boss.send(
        QUEUE_PREFIX + kind,
        { jobId: row.id },
        { id: row.id, retryLimit: 0, expireInHours: JOB_EXPIRY_HOURS },
      );
    } catch (err) {
      await this.finish(row.id, { status: 'failed', error: 'The job could not be queued.' });
      throw err;
    }
    return row;
  }

  async get(id: string): Promise<JobRow | undefined> {
    const [row] = await this.db.select().from(jobs).where(eq(jobs.id, id));
    return row;
  }

  async list(filter: {
    requestedBy?: string | undefined;
    status?: string[] | undefined;
    cursor?: unknown[] | undefined;
    limit: number;
  }) {
    const conditions: (SQL | undefined)[] = [
      filter.requestedBy ? eq(jobs.requestedBy, filter.requestedBy) : undefined,
      filter.status?.length ? inArray(jobs.status, filter.status as JobRow['status'][]) : undefined,
      filter.cursor ? sql`(${jobs.createdAt}, ${jobs.id}) < (${filter.cursor[0]}, ${filter.cursor[1]})` : undefined,
    ];
    return this.db
      .select()
      .from(jobs)
      .where(and(...conditions))
      .orderBy(desc(jobs.createdAt), desc(jobs.id))
      .limit(filter.limit + 1);
  }

  /**
   * Asks a job to stop: a queued job is cancelled at once, a running one at its next progress
   * report or cancel check.
   */
  async cancel(ctx: ActionContext, id: string): Promise<JobRow> {
    const row = await this.db.transaction(async (tx) => {
      const [job] = await tx.select().from(jobs).where(eq(jobs.id, id)).for('update');
      if (!job) throw notFound('The job');
      if (job.status !== 'queued' && job.status !== 'running') {
        throw new AppError(
          'job_finished',
          409,
          `The job has already ${job.status === 'completed' ? 'completed' : job.status === 'failed' ? 'failed' : 'been cancelled'}.`,
        );
      }
      const [updated] = await tx
        .update(jobs)
        .set(
          job.status === 'queued'
            ? {
                cancelRequested: true,
                status: 'cancelled',
                finishedAt: new Date(),
                message: 'Cancelled before it started.',
              }
            : { cancelRequested: true },
        )
        .where(eq(jobs.id, id))
        .returning();
      await this.audit.record(tx, ctx, {
        entityType: 'job',
        entityId: id,
        action: 'job.cancel_requested',
        changes: { kind: job.kind },
      });
      return updated!;
    });
    if (row.status === 'cancelled') await this.boss?.cancel(QUEUE_PREFIX + row.kind, id).catch(() => undefined);
    return row;
  }

  /**
   * Marks failed the jobs left running by a process that died, and lets their module settle its
   * own state. The embedded database belongs to this one process, so when it starts every job
   * still running is abandoned. On PostgreSQL other workers may be running jobs: a job is
   * abandoned once pg-boss no longer has it active (it expires a dead worker's job) and this
   * process is not running it.
   */
  async recoverAbandoned(options: { atStart: boolean }): Promise<JobRow[]> {
    const running = await this.db.select().from(jobs).where(eq(jobs.status, 'running'));
    const abandoned: JobRow[] = [];
    for (const job of running) {
      if (this.active.has(job.id)) continue;
      if (!(options.atStart && this.database.pglite)) {
        const queued = await this.boss?.getJobById(QUEUE_PREFIX + job.kind, job.id);
        if (queued && (queued.state === 'active' || queued.state === 'created' || queued.state === 'retry')) continue;
      }
      const [settled] = await this.db
        .update(jobs)
        .set({ status: 'failed', error: ABANDONED_MESSAGE, finishedAt: new Date() })
        .where(and(eq(jobs.id, job.id), eq(jobs.status, 'running')))
        .returning();
      if (!settled) continue; // it finished meanwhile
      this.logger.warn({ jobId: job.id, kind: job.kind }, 'job abandoned by a process that stopped');
      await this.handlers
        .get(job.kind)
        ?.onAbandoned?.(settled)
        .catch((err: unknown) => this.logger.error({ err, jobId: job.id }, 'settling an abandoned job failed'));
      abandoned.push(settled);
    }
    return abandoned;
  }

  /** Throws JobCancelledError if the job was asked to stop (see JobContext.checkCancelled). */
  async checkCancelled(jobId: string, db: Db = this.db, options: { last?: boolean } = {}): Promise<void> {
    const query = db.select({ cancelRequested: jobs.cancelRequested }).from(jobs).where(eq(jobs.id, jobId));
    // Only the last check locks: a lock held through the run would make a cancel wait for its end.
    const [row] = options.last ? await query.for('update') : await query;
    if (row?.cancelRequested) throw new JobCancelledError();
  }

  /** Runs one job to its end; exported for `qm` commands that run a job in the foreground. */
  async run(kind: string, jobId: string): Promise<void> {
    const registered = this.handlers.get(kind);
    const [started] = await this.db
      .update(jobs)
      .set({ status: 'running', startedAt: new Date() })
      .where(and(eq(jobs.id, jobId), eq(jobs.status, 'queued')))
      .returning();
    if (!started || !registered) return; // cancelled before it started, or unknown
    let lastWrite = 0;
    const ctx: JobContext<never> = {
      jobId,
      payload: started.payload as never,
      requestedBy: started.requestedBy,
      progress: async (done, total, message) => {
        const now = Date.now();
        if (now - lastWrite < PROGRESS_EVERY_MS && (total == null || done < total)) return;
        lastWrite = now;
        const [row] = await this.db
          .update(jobs)
          .set({
            progressDone: done,
            ...(total !== undefined ? { progressTotal: total } : {}),
            ...(message !== undefined ? { message } : {}),
          })
          .where(eq(jobs.id, jobId))
          .returning({ cancelRequested: jobs.cancelRequested });
        if (row?.cancelRequested) throw new JobCancelledError();
      },
      checkCancelled: (db, options) => this.checkCancelled(jobId, db, options),
    };
    this.active.add(jobId);
    try {
      const result = await registered.handler(ctx);
      await this.finish(jobId, { status: 'completed', result: (result ?? null) as object | null });
      if (registered.bulk)
        await vacuumAnalyze(this.database).catch((err: unknown) => this.logger.warn({ err }, 'VACUUM ANALYZE failed'));
    } catch (err) {
      if (err instanceof JobCancelledError) {
        await this.finish(jobId, { status: 'cancelled', message: 'Cancelled.' });
      } else {
        this.logger.error({ err, jobId, kind }, 'job failed');
        const message = err instanceof AppError ? err.message : 'The job failed unexpectedly; see the server log.';
        await this.finish(jobId, { status: 'failed', error: message });
      }
    } finally {
      this.active.delete(jobId);
    }
  }

  private async finish(id: string, values: Partial<JobRow>) {
    await this.db
      .update(jobs)
      .set({ ...values, finishedAt: new Date() })
      .where(eq(jobs.id, id));
  }
}
