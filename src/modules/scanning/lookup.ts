/**
 * "What is this code?": one scan (a tag, serial, location code, person, our own link, a GTIN or a
 * GS1 element string) resolved to the thing it names, among what the caller may see. The pure
 * parser says what the code could be, in order; this tries each reading against the database and
 * stops at the first that finds something. What matches nothing gets a sentence, never a guess.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { assets, locations, modelGtins, models, manufacturers, people } from '../../platform/db/schema-all.js';
import { parseScan, type ScanOptions, type ScanResult, type TextCandidate } from '../../domain/scan/parse-scan.js';
import { STATUS_LABELS } from '../../domain/asset-lifecycle.js';
import { scopeCondition, isLocationInScope } from '../locations/location-scope.js';
import { byId, byTag, findAssetDetail, type AssetDetailRow } from '../assets/assets-repository.js';
import { tagPattern } from '../assets/asset-tags.js';
import { gs1CompanyPrefixes } from '../labels/label-settings.js';

export type LookupMatch =
  | {
      type: 'asset';
      id: string;
      tag: string;
      serial: string | null;
      label: string;
      status: string;
      model: { id: string; name: string };
      location: { id: string; code: string; name: string } | null;
      assignee: string | null;
    }
  | { type: 'location'; id: string; code: string; name: string; kind: string; label: string }
  | {
      type: 'person';
      id: string;
      name: string;
      employeeNumber: string | null;
      email: string | null;
      status: string;
      label: string;
    }
  | { type: 'model'; id: string; name: string; manufacturer: string | null; tracking: string; label: string };

export interface LookupResult {
  code: string;
  /** What the code was read as: gs1, url, email, gtin, text or unknown. */
  readAs: ScanResult['kind'];
  /** The first thing it names, or null. */
  match: LookupMatch | null;
  /** Further things the same code names (a serial shared by two manufacturers, a GS1 asset's model). */
  others: LookupMatch[];
  /** From a GS1 code: the serial (AI 21) and GTIN (AI 01), which receiving uses with the model. */
  gs1: { gtin: string | null; serial: string | null } | null;
  message: string;
}

function assetMatch(r: AssetDetailRow): LookupMatch {
  const a = r.asset;
  const holder = r.personName ?? r.assignedLocationName ?? r.parentAssetTag;
  return {
    type: 'asset',
    id: a.id,
    tag: a.tag,
    serial: a.serial,
    status: a.status,
    model: { id: a.modelId, name: r.modelName },
    location: a.locationId ? { id: a.locationId, code: r.locationCode ?? '', name: r.locationName ?? '' } : null,
    assignee: holder,
    label: `${a.tag}: ${r.modelName} (${STATUS_LABELS[a.status]}${holder ? ` by ${holder}` : r.locationCode ? ` at ${r.locationCode}` : ''})`,
  };
}

export class Lookup {
  constructor(
    private readonly s: Services,
    private readonly ctx: ActionContext,
  ) {}

  private get db() {
    return this.s.db;
  }

  async assetBy(where: ReturnType<typeof byId>): Promise<LookupMatch | null> {
    const row = await findAssetDetail(
      this.db,
      and(where, scopeCondition(this.ctx, 'inventory.read', assets.locationId))!,
    );
    return row ? assetMatch(row) : null;
  }

  async assetsBySerial(serial: string, manufacturerId?: string | null): Promise<LookupMatch[]> {
    const matches: LookupMatch[] = [];
    const rows = await this.db
      .select({ id: assets.id })
      .from(assets)
      .where(
        and(
          sql`lower(${assets.serial}) = ${serial.trim().toLowerCase()}`,
          manufacturerId ? eq(assets.manufacturerId, manufacturerId) : undefined,
        ),
      )
      .limit(5);
    for (const r of rows) {
      const m = await this.assetBy(byId(r.id));
      if (m) matches.push(m);
    }
    return matches;
  }

  async location(where: { id?: string; code?: string }): Promise<LookupMatch | null> {
    const [row] = await this.db
      .select()
      .from(locations)
      .where(
        where.id ? eq(locations.id, where.id) : sql`lower(${locations.code}) = ${where.code!.trim().toLowerCase()}`,
      );
    if (!row || !(await isLocationInScope(this.db, this.ctx, 'inventory.read', row.id))) return null;
    return {
      type: 'location',
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind,
      label: `${row.code}: ${row.name}`,
    };
  }

  async person(where: { id?: string; email?: string; employeeNumber?: string }): Promise<LookupMatch | null> {
    const condition = where.id
      ? eq(people.id, where.id)
      : where.email
        ? sql`lower(${people.email}) = ${where.email.toLowerCase()}`
        : sql`lower(${people.employeeNumber}) = ${where.employeeNumber!.trim().toLowerCase()}`;
    const [row] = await this.db.select().from(people).where(condition);
    if (!row) return null;
    // People are visible to a scoped role when they are located inside its subtrees.
    if (!(await isLocationInScope(this.db, this.ctx, 'inventory.read', row.locationId))) return null;
    return {
      type: 'person',
      id: row.id,
      name: row.name,
      employeeNumber: row.employeeNumber,
      email: row.email,
      status: row.status,
      label: `${row.name}${row.employeeNumber ? ` (${row.employeeNumber})` : ''}${row.status === 'active' ? '' : `: ${row.status}`}`,
    };
  }

  /** A model by id (our link to its page) or by its model number (as printed on the box). */
  async model(where: { id: string } | { modelNumber: string }): Promise<LookupMatch | null> {
    const [row] = await this.db
      .select({ model: models, manufacturer: manufacturers.name })
      .from(models)
      .leftJoin(manufacturers, eq(manufacturers.id, models.manufacturerId))
      .where(
        'id' in where
          ? eq(models.id, where.id)
          : and(sql`lower(${models.modelNumber}) = lower(${where.modelNumber})`, sql`${models.archivedAt} is null`),
      )
      .limit(1);
    if (!row) return null;
    const m = row.model;
    return {
      type: 'model',
      id: m.id,
      name: m.name,
      manufacturer: row.manufacturer,
      tracking: m.tracking,
      label: `${row.manufacturer ? `${row.manufacturer} ` : ''}${m.name}${m.modelNumber ? ` (${m.modelNumber})` : ''}`,
    };
  }

  async modelByGtin(gtin: string): Promise<(LookupMatch & { type: 'model'; manufacturerId: string | null }) | null> {
    const [row] = await this.db
      .select({ model: models, manufacturer: manufacturers.name })
      .from(modelGtins)
      .innerJoin(models, eq(models.id, modelGtins.modelId))
      .leftJoin(manufacturers, eq(manufacturers.id, models.manufacturerId))
      .where(eq(modelGtins.gtin, gtin));
    if (!row) return null;
    const m = row.model;
    return {
      type: 'model',
      id: m.id,
      name: m.name,
      manufacturer: row.manufacturer,
      tracking: m.tracking,
      manufacturerId: m.manufacturerId,
      label: `${row.manufacturer ? `${row.manufacturer} ` : ''}${m.name} (GTIN ${gtin.replace(/^0+(?=\d{13})/, '')})`,
    };
  }

  async candidate(c: TextCandidate): Promise<LookupMatch[]> {
    switch (c.kind) {
      case 'asset_tag': {
        const m = await this.assetBy(byTag(c.key));
        return m ? [m] : [];
      }
      case 'serial':
        return this.assetsBySerial(c.key);
      case 'location_code': {
        const m = await this.location({ code: c.key });
        return m ? [m] : [];
      }
      case 'employee_number':
      case 'badge': {
        const m = await this.person({ employeeNumber: c.key });
        return m ? [m] : [];
      }
    }
  }
}

const CANDIDATE_WORDS: Record<TextCandidate['kind'], string> = {
  asset_tag: 'asset tag',
  serial: 'serial number',
  location_code: 'location code',
  employee_number: 'employee number',
  badge: 'badge',
};

function stripModel(m: LookupMatch & { type: 'model'; manufacturerId: string | null }): LookupMatch {
  const { manufacturerId: _ignored, ...rest } = m;
  return rest;
}

export async function lookupCode(
  s: Services,
  ctx: ActionContext,
  code: string,
  /** `parse`: the settings read once for a batch of codes (read here when not given). */
  options: { baseUrls?: string[]; parse?: ScanOptions } = {},
): Promise<LookupResult> {
  const parsed = parseScan(
    code,
    options.parse ?? {
      assetTagPattern: await tagPattern(s.db),
      gs1CompanyPrefixes: await gs1CompanyPrefixes(s.db),
      baseUrls: options.baseUrls ?? [],
    },
  );
  const look = new Lookup(s, ctx);
  const result = (matches: LookupMatch[], message: string, gs1: LookupResult['gs1'] = null): LookupResult => ({
    code,
    readAs: parsed.kind,
    match: matches[0] ?? null,
    others: matches.slice(1),
    gs1,
    message: matches[0]
      ? matches[0].label +
        (matches.length > 1 && matches[1]!.type === matches[0].type
          ? ` (and ${matches.length - 1} more with the same code)`
          : '')
      : message,
  });

  switch (parsed.kind) {
    case 'unknown':
      return result([], parsed.message);
    case 'email': {
      const person = await look.person({ email: parsed.email });
      return result(person ? [person] : [], `No person has the e-mail ${parsed.email}.`);
    }
    case 'url': {
      const found =
        (parsed.assetId && (await look.assetBy(byId(parsed.assetId)))) ||
        (parsed.tag && (await look.assetBy(byTag(parsed.tag)))) ||
        ((parsed.locationId || parsed.locationCode) &&
          (await look.location(parsed.locationId ? { id: parsed.locationId } : { code: parsed.locationCode! }))) ||
        (parsed.personId && (await look.person({ id: parsed.personId }))) ||
        (parsed.modelId && (await look.model({ id: parsed.modelId }))) ||
        null;
      return result(
        found ? [found] : [],
        'This Quartermaster link points to something that does not exist or that you may not see.',
      );
    }
    case 'gs1': {
      const gs1 = { gtin: parsed.gtin ?? null, serial: parsed.serial ?? null };
      const model = parsed.gtin ? await look.modelByGtin(parsed.gtin) : null;
      const matches: LookupMatch[] = [];
      if (parsed.tag) {
        const asset = await look.assetBy(byTag(parsed.tag));
        if (asset) matches.push(asset);
      }
      if (parsed.serial && matches.length === 0) {
        matches.push(...(await look.assetsBySerial(parsed.serial, model?.manufacturerId)));
      }
      if (model) matches.push(stripModel(model));
      const unknownModel =
        parsed.gtin && !model ? ` No model has the GTIN ${parsed.gtin}: add it to a model to receive by scan.` : '';
      return result(
        matches,
        parsed.serial
          ? `No asset has the serial ${parsed.serial}.${unknownModel}`
          : parsed.tag
            ? `No asset has the tag ${parsed.tag}.`
            : `Nothing matches this GS1 code.${unknownModel}`,
        gs1,
      );
    }
    case 'gtin': {
      const model = await look.modelByGtin(parsed.gtin);
      if (model) return result([stripModel(model)], '');
      for (const c of parsed.candidates) {
        const found = await look.candidate(c);
        if (found.length) return result(found, '');
      }
      return result([], `No model has the GTIN ${parsed.value}, and nothing else has this code.`);
    }
    case 'text': {
      for (const c of parsed.candidates) {
        const found = await look.candidate(c);
        if (found.length) return result(found, '');
      }
      if (parsed.gtin) {
        const model = await look.modelByGtin(parsed.gtin);
        if (model) return result([stripModel(model)], '');
      }
      const byNumber = await look.model({ modelNumber: parsed.value });
      if (byNumber) return result([byNumber], '');
      const words = [...new Set(parsed.candidates.map((c) => CANDIDATE_WORDS[c.kind]))];
      const tried = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words[0];
      return result(
        [],
        `Nothing matches "${parsed.value}": no ${tried} you may see has it, and no model has this model number.${parsed.hint ? ` ${parsed.hint}` : ''}`,
      );
    }
  }
}
