/**
 * The organisation's financial settings, kept in the `settings` table under "finance": the month
 * its fiscal year starts (1 = January). Every book uses it; changing it restates every schedule
 * (fiscal years are where declining balance, half-year and MACRS figures are cut).
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { settings } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';

const KEY = 'finance';

export const financeSettingsInput = z.object({
  fiscalYearStartMonth: z
    .number()
    .int()
    .min(1)
    .max(12)
    .describe(
      'The month the fiscal year starts: 1 (January) to 12. Fiscal years are named after the year they end in.',
    ),
});

export const financeSettingsSchema = z
  .object({ fiscalYearStartMonth: z.number().int() })
  .meta({ id: 'FinanceSettings' });
export type FinanceSettings = z.infer<typeof financeSettingsSchema>;

export async function readFinanceSettings(db: Db): Promise<FinanceSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  const stored = (row?.value ?? {}) as Partial<FinanceSettings>;
  return { fiscalYearStartMonth: stored.fiscalYearStartMonth ?? 1 };
}

/** Changes the fiscal year start, audited as `setting.updated`. */
export async function changeFinanceSettings(
  s: Services,
  ctx: ActionContext,
  raw: z.input<typeof financeSettingsInput>,
): Promise<FinanceSettings> {
  const input = financeSettingsInput.parse(raw);
  return inTransaction(s.db, async (tx) => {
    const [row] = await tx.select().from(settings).where(eq(settings.key, KEY)).for('update');
    const before = { fiscalYearStartMonth: 1, ...((row?.value ?? {}) as Partial<FinanceSettings>) };
    const after = { ...before, fiscalYearStartMonth: input.fiscalYearStartMonth };
    await tx
      .insert(settings)
      .values({ key: KEY, value: after })
      .onConflictDoUpdate({ target: settings.key, set: { value: after, updatedAt: new Date() } });
    if (before.fiscalYearStartMonth !== after.fiscalYearStartMonth) {
      await s.audit.record(tx, ctx, {
        entityType: 'setting',
        entityId: KEY,
        action: 'setting.updated',
        changes: { fiscalYearStartMonth: { before: before.fiscalYearStartMonth, after: after.fiscalYearStartMonth } },
      });
    }
    return after;
  });
}
