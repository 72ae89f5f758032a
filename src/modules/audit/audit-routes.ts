import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems } from '../../platform/http/route-kit.js';
import { cursorSchema, decodeCursor, limitSchema, pageSchema, toPage } from '../../platform/http/pagination.js';
import { auditVocabulary, listAuditEntries } from './audit-repository.js';
import { sealAuditLog } from './audit-seal.js';
import { verifyAuditLog } from './audit-verify.js';
import { jobSchema, presentJob } from '../jobs/job-presenter.js';

const entrySchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    actorType: z.string(),
    actorId: z.uuid().nullable(),
    actorLabel: z.string(),
    tokenId: z.uuid().nullable(),
    source: z.string(),
    requestId: z.string().nullable(),
    entityType: z.string(),
    entityId: z.string(),
    action: z.string(),
    changes: z.record(z.string(), z.unknown()),
    seq: z.number().int().nullable().describe('Position in the hash chain; null until sealed (within seconds).'),
    hash: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

const problemSchema = z.object({
  kind: z.enum(['altered', 'deleted', 'inserted']),
  entryId: z.number().int().nullable(),
  seq: z.number().int().nullable(),
  message: z.string(),
});

export const verifyReportSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    unsealed: z.number().int(),
    headSeq: z.number().int(),
    firstProblem: problemSchema.nullable(),
    problems: z.array(problemSchema),
  })
  .meta({ id: 'AuditVerifyReport' });

const read = { access: { permission: 'audit.read' as const } };

export const auditRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/audit',
    {
      config: read,
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first',
        querystring: z.object({
          actorId: z.uuid().optional(),
          entityType: z.string().max(100).optional(),
          entityId: z.string().max(200).optional(),
          action: z.string().max(100).optional().describe('An action, or a prefix ending in ".*" such as "user.*".'),
          source: z.string().max(50).optional(),
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
          limit: limitSchema,
          cursor: cursorSchema,
        }),
        response: { 200: pageSchema(entrySchema), ...authProblems },
      },
    },
    async (request) => {
      const q = request.query;
      const cursor = decodeCursor(q.cursor, 1);
      const rows = await listAuditEntries(s.db, {
        ...q,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        beforeId: cursor ? Number(cursor[0]) : undefined,
      });
      const page = toPage(rows, q.limit, (r) => [r.id]);
      return {
        items: page.items.map((r) => ({
          id: r.id,
          occurredAt: r.occurredAt.toISOString(),
          actorType: r.actorType,
          actorId: r.actorId,
          actorLabel: r.actorLabel,
          tokenId: r.tokenId,
          source: r.source,
          requestId: r.requestId,
          entityType: r.entityType,
          entityId: r.entityId,
          action: r.action,
          changes: r.changes as Record<string, unknown>,
          seq: r.seq,
          hash: r.hash,
        })),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/audit/vocabulary',
    {
      config: read,
      schema: {
        tags: ['audit'],
        summary: 'Entity types and actions present in the log (for filters)',
        response: {
          200: z.object({ entityTypes: z.array(z.string()), actions: z.array(z.string()) }),
          ...authProblems,
        },
      },
    },
    async () => auditVocabulary(s.db),
  );

  app.get(
    '/audit/verify',
    {
      config: read,
      schema: {
        tags: ['audit'],
        summary: 'Seal pending entries and verify the whole hash chain',
        description:
          '`ok` is false when an entry was altered, deleted or inserted behind the application; `firstProblem` names it.',
        response: { 200: verifyReportSchema, ...authProblems },
      },
    },
    async () => {
      await sealAuditLog(s.db, s.auditKey);
      return verifyAuditLog(s.db, s.auditKey);
    },
  );

  app.post(
    '/audit/verify-jobs',
    {
      config: read,
      schema: {
        tags: ['audit'],
        summary: 'Verify the chain in the background, with progress (for long logs)',
        response: { 202: jobSchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const job = await s.jobs.enqueue(request.actionContext(), 'audit.verify', {});
      return reply.status(202).send(presentJob(job));
    },
  );
};

/** The background variant of verification, registered with the job runner. */
export function registerAuditJobs(s: Services) {
  s.jobs.register('audit.verify', async (ctx) => {
    await sealAuditLog(s.db, s.auditKey);
    return verifyAuditLog(s.db, s.auditKey, (checked, total) =>
      ctx.progress(checked, total, `Checked ${checked.toLocaleString('en')} of ${total.toLocaleString('en')} entries`),
    );
  });
}
