/** Organisation-wide planning settings: the target service level and the lead time when none is known. */
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { settings } from '../../platform/db/schema-all.js';
import { diffFields } from '../../domain/audit-chain.js';
import { DEFAULT_SERVICE_LEVEL } from '../../domain/forecasting/index.js';

const KEY = 'planning';

export const planningSettingsSchema = z
  .object({
    serviceLevel: z
      .number()
      .min(0.5)
      .max(0.999)
      .describe('Target fill rate: the share of demand served from stock (0.95 by default).'),
    defaultLeadTimeDays: z
      .number()
      .int()
      .min(0)
      .max(365)
      .describe('Used when neither the model nor its supplier has a lead time (30 days by default).'),
  })
  .meta({ id: 'PlanningSettings' });
export type PlanningSettings = z.infer<typeof planningSettingsSchema>;

export const DEFAULT_PLANNING_SETTINGS: PlanningSettings = {
  serviceLevel: DEFAULT_SERVICE_LEVEL,
  defaultLeadTimeDays: 30,
};

export async function readPlanningSettings(db: Db): Promise<PlanningSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  const parsed = planningSettingsSchema.partial().safeParse(row?.value ?? {});
  return { ...DEFAULT_PLANNING_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export async function changePlanningSettings(
  s: Services,
  ctx: ActionContext,
  raw: z.input<typeof planningSettingsSchema>,
): Promise<PlanningSettings> {
  const next = planningSettingsSchema.parse(raw);
  await s.db.transaction(async (tx) => {
    const before = await readPlanningSettings(tx);
    await tx
      .insert(settings)
      .values({ key: KEY, value: next })
      .onConflictDoUpdate({ target: settings.key, set: { value: next, updatedAt: new Date() } });
    await s.audit.record(tx, ctx, {
      entityType: 'setting',
      entityId: KEY,
      action: 'setting.updated',
      changes: diffFields(before, next),
    });
  });
  return next;
}
