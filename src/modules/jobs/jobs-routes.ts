import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { Services } from '../../platform/services.js';
import { authProblems, idParams, problems } from '../../platform/http/route-kit.js';
import { cursorSchema, decodeCursor, limitSchema, pageSchema, toPage } from '../../platform/http/pagination.js';
import { notFound } from '../../platform/http/errors.js';
import { can } from '../../domain/permissions.js';
import type { JobRow } from '../../platform/jobs/job-runner.js';
import { jobSchema, presentJob } from './job-presenter.js';

/** Jobs are visible to whoever asked for them, and to those who may see everyone's. */
function visible(request: FastifyRequest, job: JobRow | undefined): job is JobRow {
  const actor = request.actor();
  return !!job && (job.requestedBy === actor.userId || can(actor.grants, 'jobs.read_all'));
}

export const jobsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/jobs',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['jobs'],
        summary: 'Background jobs, newest first (your own, or everyone’s for administrators and auditors)',
        querystring: z.object({
          status: z.enum(['queued', 'running', 'completed', 'failed', 'cancelled']).optional(),
          limit: limitSchema,
          cursor: cursorSchema,
        }),
        response: { 200: pageSchema(jobSchema), ...authProblems },
      },
    },
    async (request) => {
      const actor = request.actor();
      const q = request.query;
      const rows = await s.jobs.list({
        requestedBy: can(actor.grants, 'jobs.read_all') ? undefined : (actor.userId ?? undefined),
        status: q.status ? [q.status] : undefined,
        cursor: decodeCursor(q.cursor, 2),
        limit: q.limit,
      });
      const page = toPage(rows, q.limit, (r) => [r.createdAt.toISOString(), r.id]);
      return { items: page.items.map(presentJob), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/jobs/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['jobs'],
        summary: 'One job and its progress',
        params: idParams,
        response: { 200: jobSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => {
      const job = await s.jobs.get(request.params.id);
      if (!visible(request, job)) throw notFound('The job');
      return presentJob(job);
    },
  );

  app.post(
    '/jobs/:id/cancel',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['jobs'],
        summary: 'Cancel a queued or running job',
        params: idParams,
        response: { 200: jobSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => {
      const job = await s.jobs.get(request.params.id);
      if (!visible(request, job)) throw notFound('The job');
      return presentJob(await s.jobs.cancel(request.actionContext(), job.id));
    },
  );
};
