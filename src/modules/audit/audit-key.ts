/**
 * The key of the audit chain's MACs. Set QM_AUDIT_KEY (the same on every instance) to keep it out of
 * the database, so that someone with only database access cannot forge entries; otherwise one is
 * generated on first start and kept in the settings table.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { settings } from '../../platform/db/schema.js';

const SETTING = 'audit_key';

export async function loadAuditKey(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const generated = randomBytes(32).toString('hex');
  await db.insert(settings).values({ key: SETTING, value: generated }).onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, SETTING));
  return row!.value as string;
}
