/** Small helpers shared by every module's routes. */
import { z } from 'zod';
import { problemSchema } from './problem.js';

/** Documents the problem+json answers a route can give. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema])) as Record<number, typeof problemSchema>;
}

/** The answers every authenticated route can give. */
export const authProblems = problems(400, 401, 403);

export const idParams = z.object({ id: z.uuid() });

export const isoDate = (d: Date | null | undefined) => d?.toISOString() ?? null;
