/**
 * Codes of a whole batch of scans resolved at once. The settings that reading a code depends on
 * (the tag pattern, the GS1 company prefix) are read once per batch, and every code that reads as
 * an asset tag (plain, our GS1 GIAI label, our link by tag) is looked up in one query per thousand.
 * What this does not find goes through the full lookup one code at a time, so the answer is the
 * same as GET /lookup gives.
 */
import { and, inArray, sql } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { assets } from '../../platform/db/schema-all.js';
import { parseScan, type ScanOptions } from '../../domain/scan/parse-scan.js';
import { tagPattern } from '../assets/asset-tags.js';
import { gs1CompanyPrefixes } from '../labels/label-settings.js';
import { scopeCondition } from '../locations/location-scope.js';

export type ParseContext = Required<Pick<ScanOptions, 'assetTagPattern' | 'gs1CompanyPrefixes' | 'baseUrls'>>;

export async function readParseContext(s: Services, baseUrls: string[] = []): Promise<ParseContext> {
  const [assetTagPattern, prefixes] = await Promise.all([tagPattern(s.db), gs1CompanyPrefixes(s.db)]);
  return { assetTagPattern, gs1CompanyPrefixes: prefixes, baseUrls };
}

export interface AssetRef {
  id: string;
  tag: string;
}

/** The tag a code names first, when its first reading is an asset tag. */
function tagOf(code: string, parse: ParseContext): string | undefined {
  const p = parseScan(code, parse);
  if (p.kind === 'text') return p.candidates[0]?.kind === 'asset_tag' ? p.candidates[0].key : undefined;
  if (p.kind === 'gs1') return p.tag;
  if (p.kind === 'url') return p.assetId ? undefined : p.tag;
  return undefined;
}

/** Code to asset, for the codes that name an asset by tag that the caller may see. */
export async function assetsByTagCode(
  s: Services,
  ctx: ActionContext,
  codes: Iterable<string>,
  parse: ParseContext,
): Promise<Map<string, AssetRef>> {
  const keyOf = new Map<string, string>();
  for (const code of new Set(codes)) {
    const tag = tagOf(code, parse);
    if (tag) keyOf.set(code, tag.trim().toLowerCase());
  }
  const keys = [...new Set(keyOf.values())];
  const byKey = new Map<string, AssetRef>();
  for (let i = 0; i < keys.length; i += 1000) {
    const rows = await s.db
      .select({ id: assets.id, tag: assets.tag })
      .from(assets)
      .where(
        and(
          inArray(sql`lower(${assets.tag})`, keys.slice(i, i + 1000)),
          scopeCondition(ctx, 'inventory.read', assets.locationId),
        ),
      );
    for (const r of rows) byKey.set(r.tag.toLowerCase(), r);
  }
  const out = new Map<string, AssetRef>();
  for (const [code, key] of keyOf) {
    const found = byKey.get(key);
    if (found) out.set(code, found);
  }
  return out;
}
