/**
 * Locations from a file, upserted by code (whatever the case). A row without a code gets one made
 * from its name (AIRDRIE, then AIRDRIE-2 for a second Airdrie in the same file), the same on every
 * run, so importing the file again finds the same locations. The parent is a location of the file
 * or of the registry (by code, or by a name only one location has); the tree's rules are the
 * location use cases' own: a site is a root and nothing else is, at most MAX_DEPTH levels, the
 * caller's scope. An existing location keeps its place in the tree (moving is done in the app).
 * The address columns are joined into the location's address; a manager is found among people by
 * e-mail or name, and left empty with a warning when no one matches.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { locations } from '../../../../platform/db/schema-all.js';
import { AppError } from '../../../../platform/http/errors.js';
import { queryRows } from '../../../../platform/db/database.js';
import {
  LOCATION_KINDS,
  updateLocationVersioned,
  type LocationKind,
  type LocationRow,
} from '../../../locations/locations-repository.js';
import { pathInScope, resolveScope } from '../../../locations/location-scope.js';
import { createLocationInput } from '../../../locations/use-cases/create-location.js';
import { MAX_DEPTH, checkPlacement } from '../../../locations/use-cases/location-rules.js';
import { auditedLocationFields } from '../../../locations/location-presenter.js';
import { codeFromName } from '../asset-references.js';
import {
  Problems,
  changedFields,
  inChunks,
  insertAudited,
  jsonArray,
  locationsByText,
  lower,
  parseInput,
  text,
  updateAudited,
  type RecordImporter,
  type RowAction,
} from '../record-kit.js';

interface Planned {
  row: number;
  id: string;
  code: string;
  name: string;
  kind: LocationKind;
  parentText?: string;
  address?: string | null;
  notes?: string | null;
  managerPersonId?: string;
  existing?: LocationRow;
  /** Resolved: the parent's id, path and depth (a planned row's once its own are known). */
  parent?: { id: string; path: string; depth: number } | null;
  path?: string;
  depth?: number;
}

/** The address columns as one address: street lines, then postcode and city, region, country. */
export function joinAddress(v: Record<string, unknown>): string | undefined {
  const lines = [
    text(v.address),
    text(v.address2),
    [text(v.postcode), text(v.city)].filter(Boolean).join(' '),
    text(v.state),
    text(v.country),
  ].filter((l): l is string => !!l);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** Codes for rows without one, from their names, unique within the file and in file order. */
export function fileCodes(rows: readonly { code?: string; name: string }[]): string[] {
  const used = new Set(rows.filter((r) => r.code).map((r) => r.code!.toLowerCase()));
  return rows.map((r) => {
    if (r.code) return r.code;
    const base = codeFromName(r.name);
    let code = base;
    for (let n = 2; used.has(code.toLowerCase()); n++) code = `${base}-${n}`;
    used.add(code.toLowerCase());
    return code;
  });
}

async function managersByText(env: Parameters<RecordImporter>[0], texts: string[]) {
  const rows = await inChunks(texts.map(lower), (chunk) =>
    queryRows<{ id: string; name: string; email: string | null; status: string }>(
      env.tx,
      sql`select id, name, email, status from people
        where lower(email) = any(${jsonArray(chunk)}) or lower(name) = any(${jsonArray(chunk)})`,
    ),
  );
  const out = new Map<string, (typeof rows)[number] | 'ambiguous'>();
  for (const r of rows) {
    const prev = out.get(r.name.toLowerCase());
    out.set(r.name.toLowerCase(), prev && prev !== 'ambiguous' && prev.id !== r.id ? 'ambiguous' : r);
  }
  for (const r of rows) if (r.email) out.set(r.email.toLowerCase(), r);
  return out;
}

export const importLocations: RecordImporter = async (env, rows) => {
  const problems = new Problems(env.columns);
  const scope = await resolveScope(env.tx, env.ctx, 'inventory.manage');
  const codes = fileCodes(rows.map((r) => ({ code: text(r.values.code), name: String(r.values.name) })));
  const existing = new Map(
    (
      await inChunks(codes.map(lower), (chunk) =>
        env.tx
          .select()
          .from(locations)
          .where(sql`lower(${locations.code}) = any(${jsonArray(chunk)})`),
      )
    ).map((l) => [l.code.toLowerCase(), l]),
  );
  const parents = await locationsByText(
    env.tx,
    rows.map((r) => text(r.values.parent)).filter((t): t is string => !!t),
  );
  const managerTexts = rows
    .map((r) => text(r.values.managerEmail) ?? text(r.values.managerName))
    .filter((t): t is string => !!t);
  const managers = await managersByText(env, managerTexts);

  const planned: Planned[] = [];
  rows.forEach((r, i) => {
    const v = r.values;
    const code = codes[i]!;
    const before = existing.get(code.toLowerCase());
    const kindText = text(v.kind)?.toLowerCase();
    if (kindText && !LOCATION_KINDS.includes(kindText as LocationKind)) {
      problems.add(
        r.rowNumber,
        'kind',
        'invalid_value',
        `"${v.kind}" is not a kind of location: ${LOCATION_KINDS.join(', ')}.`,
      );
      return;
    }
    const parentText = text(v.parent);
    const kind: LocationKind =
      (kindText as LocationKind | undefined) ??
      (before?.kind as LocationKind | undefined) ??
      (parentText ? 'other' : 'site');
    const input = parseInput(
      createLocationInput,
      { kind, code, name: v.name, address: joinAddress(v), notes: v.notes },
      r.rowNumber,
      problems,
      { address: 'address' },
    );
    if (!input) return;
    if (!text(v.code) && codeFromName(input.name) !== code) {
      problems.add(
        r.rowNumber,
        'name',
        'generated_code',
        `Another row of the file has the name ${input.name}: this one gets the code ${code}.`,
        'warning',
      );
    }
    let managerPersonId: string | undefined;
    const managerText = text(v.managerEmail) ?? text(v.managerName) ?? text(v.managerUsername);
    if (managerText) {
      const field =
        v.managerEmail !== undefined ? 'managerEmail' : v.managerName !== undefined ? 'managerName' : 'managerUsername';
      const m = managers.get(managerText.toLowerCase());
      if (!m || m === 'ambiguous' || m.status === 'left') {
        const why = !m
          ? 'no person has this name or e-mail'
          : m === 'ambiguous'
            ? 'several people have this name'
            : `${m.name} has left`;
        problems.add(
          r.rowNumber,
          field,
          'unknown_manager',
          `The manager ${managerText} is left empty: ${why}.`,
          'warning',
        );
      } else managerPersonId = m.id;
    }
    planned.push({
      row: r.rowNumber,
      id: before?.id ?? randomUUID(),
      code,
      name: input.name,
      kind,
      address: input.address,
      notes: input.notes,
      ...(parentText ? { parentText } : {}),
      ...(managerPersonId ? { managerPersonId } : {}),
      ...(before ? { existing: before } : {}),
    });
  });

  // Parents: a row of the file (by code, then by a name only one row has), else the registry.
  const byCode = new Map(planned.map((p) => [p.code.toLowerCase(), p]));
  const byName = new Map<string, Planned | 'ambiguous'>();
  for (const p of planned) byName.set(p.name.toLowerCase(), byName.has(p.name.toLowerCase()) ? 'ambiguous' : p);
  const failed = new Set<Planned>();
  const place = (p: Planned, seen: Set<Planned>): boolean => {
    if (p.path) return true;
    if (failed.has(p)) return false;
    const fail = (field: string, code: string, message: string) => {
      problems.add(p.row, field, code, message);
      failed.add(p);
      return false;
    };
    if (p.existing) {
      p.path = p.existing.path;
      p.depth = p.existing.depth;
      return true;
    }
    let parent: Planned['parent'] = null;
    if (p.parentText) {
      const key = p.parentText.toLowerCase();
      const inFile =
        byCode.get(key) ?? (byName.get(key) !== 'ambiguous' ? (byName.get(key) as Planned | undefined) : undefined);
      const inRegistry = parents.get(key);
      if (inFile && inFile !== p) {
        if (seen.has(inFile))
          return fail('parent', 'parent_loop', `The parent ${p.parentText} is inside this location (the rows loop).`);
        if (!place(inFile, new Set([...seen, p]))) {
          return fail('parent', 'parent_has_errors', `The parent ${p.parentText} (row ${inFile.row}) has errors.`);
        }
        parent = { id: inFile.id, path: inFile.path!, depth: inFile.depth! };
      } else if (inRegistry === 'ambiguous') {
        return fail(
          'parent',
          'ambiguous_parent',
          `Several locations are named ${p.parentText}: give the parent's code.`,
        );
      } else if (inRegistry) {
        if (inRegistry.archived) return fail('parent', 'archived_parent', `Location ${inRegistry.code} is archived.`);
        parent = { id: inRegistry.id, path: inRegistry.path, depth: inRegistry.depth };
      } else {
        return fail(
          'parent',
          'unknown_parent',
          `No location has the code or name ${p.parentText}, in the registry or in the file.`,
        );
      }
    }
    try {
      checkPlacement(p.kind, parent ? ({ code: p.parentText } as LocationRow) : null, '/parent');
    } catch (error) {
      if (error instanceof AppError) return fail(parent ? 'kind' : 'parent', 'invalid_placement', error.message);
      throw error;
    }
    if (parent && parent.depth + 1 >= MAX_DEPTH)
      return fail('parent', 'too_deep', `The tree is at most ${MAX_DEPTH} levels deep.`);
    if (!parent && scope.kind !== 'all') {
      return fail(
        'parent',
        'forbidden',
        'Creating a site needs a role for the whole organisation: yours covers only some locations.',
      );
    }
    if (parent && !pathInScope(scope, parent.path)) {
      return fail('parent', 'forbidden', `Location ${p.parentText} is outside the locations your role covers.`);
    }
    p.parent = parent;
    p.path = `${parent?.path ?? '/'}${p.id}/`;
    p.depth = (parent?.depth ?? -1) + 1;
    return true;
  };

  const actions = new Map<number, RowAction>();
  const updates: { row: number; before: LocationRow; patch: Record<string, unknown> }[] = [];
  for (const p of planned) {
    if (!place(p, new Set())) continue;
    if (!p.existing) {
      actions.set(p.row, 'create');
      continue;
    }
    const before = p.existing;
    if (before.archivedAt) {
      problems.add(p.row, 'code', 'archived', `Location ${before.code} is archived: unarchive it first.`);
      continue;
    }
    if (!pathInScope(scope, before.path)) {
      problems.add(p.row, 'code', 'forbidden', `Location ${before.code} is outside the locations your role covers.`);
      continue;
    }
    if ((p.kind === 'site') !== (before.kind === 'site')) {
      problems.add(
        p.row,
        'kind',
        'invalid_placement',
        `Location ${before.code} is a ${before.kind}: a site stays a site and nothing else can become one.`,
      );
      continue;
    }
    if (p.parentText) {
      const parentNow = before.parentId;
      const wanted =
        byCode.get(p.parentText.toLowerCase())?.id ??
        (parents.get(p.parentText.toLowerCase()) as { id: string } | undefined)?.id;
      if (wanted && wanted !== parentNow) {
        problems.add(
          p.row,
          'parent',
          'not_moved',
          `Location ${before.code} stays where it is: move it in the app.`,
          'warning',
        );
      }
    }
    const patch = changedFields(before, {
      kind: p.kind,
      name: p.name,
      address: p.address ?? undefined,
      notes: p.notes ?? undefined,
      managerPersonId: p.managerPersonId,
    });
    actions.set(p.row, Object.keys(patch).length > 0 ? 'update' : 'unchanged');
    if (Object.keys(patch).length > 0) updates.push({ row: p.row, before, patch });
  }

  return {
    problems: problems.list,
    actions,
    references: {},
    async write(bad) {
      // Parents before children; a child of a skipped row is skipped too.
      const skipped = (p: Planned): boolean =>
        bad.has(p.row) ||
        (p.parent ? [...byCode.values()].some((q) => q.id === p.parent!.id && !q.existing && skipped(q)) : false);
      const creates = planned
        .filter((p) => actions.get(p.row) === 'create' && !skipped(p))
        .sort((a, b) => a.depth! - b.depth!)
        .map((p) => ({
          id: p.id,
          parentId: p.parent?.id ?? null,
          kind: p.kind,
          code: p.code,
          name: p.name,
          path: p.path!,
          depth: p.depth!,
          address: p.address ?? null,
          managerPersonId: p.managerPersonId ?? null,
          notes: p.notes ?? null,
        }));
      const created = await insertAudited<LocationRow>(env, locations, 'location', creates, auditedLocationFields);
      const updated = await updateAudited<LocationRow>(
        env,
        'location',
        updates.filter((u) => !bad.has(u.row)),
        updateLocationVersioned,
        auditedLocationFields,
      );
      const unchanged = [...actions].filter(([row, a]) => a === 'unchanged' && !bad.has(row)).length;
      return { created: created.length, updated: updated.length, unchanged, references: {} };
    },
  };
};
