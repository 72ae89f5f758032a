/**
 * What labels say about the organisation: its name, its logo (a PNG) and its GS1 company prefix
 * (GS1 labels are offered only when one is set). Kept in the `settings` table under "labels".
 *
 * The scanning station reads GS1 GIAIs back as our tags with the same prefix:
 * `gs1CompanyPrefixes(db)` gives it to `parseScan`.
 */
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { settings } from '../../platform/db/schema.js';
import { invalidInput } from '../../platform/http/errors.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { GS1_COMPANY_PREFIX } from './label-symbols.js';

const KEY = 'labels';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Base64 characters of a logo: about 150 KB of PNG, plenty for a small monochrome mark. */
const MAX_LOGO_BASE64 = 200_000;

interface Stored {
  organisationName?: string;
  gs1CompanyPrefix?: string;
  logoPng?: string;
}

export interface LabelSettings {
  organisationName: string | null;
  gs1CompanyPrefix: string | null;
  logoPng: Buffer | null;
}

export const labelSettingsInput = z.object({
  organisationName: z.string().trim().max(100).nullish().describe('Printed on labels that show "organisation".'),
  gs1CompanyPrefix: z
    .string()
    .trim()
    .regex(GS1_COMPANY_PREFIX, 'A GS1 company prefix is 6 to 12 digits.')
    .nullish()
    .describe('Enables the GS1 symbologies: AI 8004 (GIAI) = this prefix followed by the tag.'),
  logoPng: z
    .string()
    .max(MAX_LOGO_BASE64, 'The logo is too large (at most about 150 KB of PNG).')
    .nullish()
    .describe('A PNG, base64-encoded; null removes it. Printed on labels that show "logo".'),
});

export const labelSettingsSchema = z
  .object({
    organisationName: z.string().nullable(),
    gs1CompanyPrefix: z.string().nullable(),
    hasLogo: z.boolean(),
  })
  .meta({ id: 'LabelSettings' });

export async function readLabelSettings(db: Db): Promise<LabelSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  const stored = (row?.value ?? {}) as Stored;
  return {
    organisationName: stored.organisationName ?? null,
    gs1CompanyPrefix: stored.gs1CompanyPrefix ?? null,
    logoPng: stored.logoPng ? Buffer.from(stored.logoPng, 'base64') : null,
  };
}

/** The organisation's GS1 company prefixes, for `parseScan` (empty when none is set). */
export async function gs1CompanyPrefixes(db: Db): Promise<string[]> {
  // Only the prefix: every lookup and scan asks, and the stored settings may hold a logo.
  const [row] = await db
    .select({ prefix: sql<string | null>`${settings.value}->>'gs1CompanyPrefix'` })
    .from(settings)
    .where(eq(settings.key, KEY));
  return row?.prefix ? [row.prefix] : [];
}

export function presentLabelSettings(s: LabelSettings): z.infer<typeof labelSettingsSchema> {
  return { organisationName: s.organisationName, gs1CompanyPrefix: s.gs1CompanyPrefix, hasLogo: s.logoPng !== null };
}

/** Changes the fields given (null clears one), audited as `setting.updated`. */
export async function changeLabelSettings(s: Services, ctx: ActionContext, raw: z.input<typeof labelSettingsInput>) {
  const input = labelSettingsInput.parse(raw);
  let logo: string | null | undefined = input.logoPng;
  if (logo) {
    logo = logo.replace(/^data:image\/png;base64,/, '').replace(/\s+/g, '');
    const bytes = Buffer.from(logo, 'base64');
    if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
      throw invalidInput('/body/logoPng', 'The logo must be a PNG image, base64-encoded.');
    }
  }
  return inTransaction(s.db, async (tx) => {
    const [row] = await tx.select().from(settings).where(eq(settings.key, KEY)).for('update');
    const before = (row?.value ?? {}) as Stored;
    const after: Stored = { ...before };
    const apply = (key: keyof Stored, value: string | null | undefined) => {
      if (value === undefined) return;
      if (value === null || value === '') delete after[key];
      else after[key] = value;
    };
    apply('organisationName', input.organisationName);
    apply('gs1CompanyPrefix', input.gs1CompanyPrefix);
    apply('logoPng', logo);
    await tx
      .insert(settings)
      .values({ key: KEY, value: after })
      .onConflictDoUpdate({ target: settings.key, set: { value: after, updatedAt: new Date() } });
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const key of ['organisationName', 'gs1CompanyPrefix'] as const) {
      if ((before[key] ?? null) !== (after[key] ?? null)) {
        changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
      }
    }
    // The logo itself stays out of the audit log: only whether it changed.
    if ((before.logoPng ?? null) !== (after.logoPng ?? null)) {
      changes.logo = { before: before.logoPng ? 'set' : null, after: after.logoPng ? 'set' : null };
    }
    if (Object.keys(changes).length > 0) {
      await s.audit.record(tx, ctx, { entityType: 'setting', entityId: KEY, action: 'setting.updated', changes });
    }
    return presentLabelSettings({
      organisationName: after.organisationName ?? null,
      gs1CompanyPrefix: after.gs1CompanyPrefix ?? null,
      logoPng: after.logoPng ? Buffer.from(after.logoPng, 'base64') : null,
    });
  });
}
