/**
 * A column mapping: for each column of a file, the target field it fills or `null` (ignored).
 * It is plain JSON, so it can be shown and edited in the web app, passed to `qm import --mapping`,
 * and saved for the next file of the same shape together with the settings that read its values
 * (date order, decimal separator, status names).
 *
 * `autoMap` proposes one: a preset's entry for the header first, then the header compared with
 * every field's key, label and aliases (case, spacing, accents and punctuation ignored), then the
 * category's custom fields by key or label. Each target is filled by one column at most: a later
 * column with the same target is ignored, and says which column took it.
 */
import { z } from 'zod';
import { ASSET_STATUSES } from '../../../domain/asset-lifecycle.js';
import type { FieldDefinition } from '../../../domain/custom-fields.js';
import { normaliseHeader, type HeaderCell } from '../reading/headers.js';
import { columnLetter, listText } from '../reading/problems.js';
import { CUSTOM_PREFIX, IMPORT_TYPE_KEYS, IMPORT_TYPES, type ImportTypeKey } from './import-types.js';
import { PRESETS, type PresetKey } from './presets.js';

export type MappingSource = 'preset' | 'name' | 'custom' | 'manual' | 'saved' | 'none';

export interface ColumnAssignment {
  index: number;
  /** The header as written, to match the column again in another file. */
  header: string;
  /** A field key, `custom:<key>`, or null: the column is not imported. */
  target: string | null;
  source: MappingSource;
  /** Why the column is ignored, or which column took its target. */
  note?: string;
}

export const DATE_ORDERS = ['MDY', 'DMY', 'YMD'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** How values are read: what a person chooses once per file, and what a saved mapping keeps. */
export interface ImportSettings {
  /** The order of day and month in every date column (otherwise decided per column from the data). */
  dateOrder?: DateOrder;
  /** The order for one target field's column, e.g. { purchaseDate: 'DMY' }. */
  dateOrders?: Record<string, DateOrder>;
  /** The decimal mark of amounts: "1,299.00" with '.', "1.299,00" with ','. Default '.'. */
  decimalSeparator?: '.' | ',';
  /** Status names of the file (any case) → status, on top of the preset's. */
  statuses?: Record<string, (typeof ASSET_STATUSES)[number]>;
  /** The currency of amounts when the file has no currency column. */
  currency?: string;
  /** Assets without a tag get a generated one (otherwise a missing tag is an error). */
  autoTag?: boolean;
}

export interface ColumnMapping {
  version: 1;
  importType: ImportTypeKey;
  preset?: PresetKey;
  columns: ColumnAssignment[];
  settings?: ImportSettings;
}

export const settingsSchema = z
  .object({
    dateOrder: z.enum(DATE_ORDERS).optional(),
    dateOrders: z.record(z.string(), z.enum(DATE_ORDERS)).optional(),
    decimalSeparator: z.enum(['.', ',']).optional(),
    statuses: z.record(z.string(), z.enum(ASSET_STATUSES)).optional(),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'A three-letter currency code such as EUR.')
      .transform((c) => c.toUpperCase())
      .optional(),
    autoTag: z.boolean().optional(),
  })
  .strict();

/** The saved form (what `qm import --mapping FILE` reads). */
export const mappingSchema = z
  .object({
    version: z.literal(1),
    importType: z.enum(IMPORT_TYPE_KEYS as [ImportTypeKey, ...ImportTypeKey[]]),
    preset: z.enum(Object.keys(PRESETS) as [PresetKey, ...PresetKey[]]).optional(),
    columns: z
      .array(
        z.object({
          index: z.number().int().min(0),
          header: z.string(),
          target: z.string().nullable(),
          source: z.enum(['preset', 'name', 'custom', 'manual', 'saved', 'none']).default('saved'),
          note: z.string().optional(),
        }),
      )
      .max(1000),
    settings: settingsSchema.optional(),
  })
  .strict();

export function serialiseMapping(mapping: ColumnMapping): string {
  return JSON.stringify(mapping, null, 2);
}

export type ParsedMapping = { ok: true; mapping: ColumnMapping } | { ok: false; errors: string[] };

/** Reads a saved mapping (JSON text or an object), naming what is wrong in it. */
export function parseMapping(input: unknown): ParsedMapping {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [`The mapping is not valid JSON: ${(error as Error).message}`] };
    }
  }
  const parsed = mappingSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`),
    };
  }
  const mapping = parsed.data as ColumnMapping;
  const errors = mapping.columns
    .filter((c) => c.target !== null && !isKnownTarget(mapping.importType, c.target))
    .map(
      (c) =>
        `Column ${columnLetter(c.index)} (${c.header}): "${c.target}" is not a field of ${IMPORT_TYPES[mapping.importType].label.toLowerCase()}.`,
    );
  return errors.length ? { ok: false, errors } : { ok: true, mapping };
}

function isKnownTarget(type: ImportTypeKey, target: string): boolean {
  if (target.startsWith(CUSTOM_PREFIX)) return IMPORT_TYPES[type].customFields && target.length > CUSTOM_PREFIX.length;
  return IMPORT_TYPES[type].fields.some((f) => f.key === target);
}

/** Header text with spaces removed: "Asset Tag", "asset_tag" and "AssetTag" all give "assettag". */
function compact(text: string): string {
  return normaliseHeader(text).replace(/ /g, '');
}

export interface AutoMapOptions {
  preset?: PresetKey;
  /** The custom fields that may be filled (assets: those of the categories being imported). */
  customFields?: readonly Pick<FieldDefinition, 'key' | 'label'>[];
  settings?: ImportSettings;
}

export function autoMap(
  importTypeKey: ImportTypeKey,
  headers: readonly HeaderCell[],
  options: AutoMapOptions = {},
): ColumnMapping {
  const type = IMPORT_TYPES[importTypeKey];
  const presetColumns = options.preset ? (PRESETS[options.preset].columns[importTypeKey] ?? {}) : {};
  const byName = new Map<string, string>();
  for (const f of type.fields) {
    for (const name of [f.key, f.label, ...f.aliases]) {
      const key = compact(name);
      if (!byName.has(key)) byName.set(key, f.key);
    }
  }
  const custom = new Map<string, string>();
  if (type.customFields) {
    for (const def of options.customFields ?? []) {
      for (const name of [def.key, def.label]) {
        const key = compact(name);
        if (!custom.has(key)) custom.set(key, CUSTOM_PREFIX + def.key);
      }
    }
  }

  const taken = new Map<string, number>();
  const columns: ColumnAssignment[] = headers.map((header) => {
    const base = { index: header.index, header: header.raw };
    if (header.normalised === '')
      return { ...base, target: null, source: 'none' as const, note: 'The column has no header.' };
    let target: string | undefined;
    let source: MappingSource = 'none';
    const preset = presetColumns[header.normalised];
    if (preset !== undefined) {
      if (typeof preset !== 'string') return { ...base, target: null, source: 'preset' as const, note: preset.reason };
      target = preset;
      source = 'preset';
    } else {
      const key = compact(header.raw);
      target = byName.get(key);
      if (target) source = 'name';
      else {
        target = custom.get(key);
        if (target) source = 'custom';
      }
    }
    if (!target)
      return {
        ...base,
        target: null,
        source: 'none' as const,
        note: 'No field has this name: map it or leave it out.',
      };
    const first = taken.get(target);
    if (first !== undefined) {
      return {
        ...base,
        target: null,
        source: 'none' as const,
        note: `Column ${columnLetter(first)} already fills ${describeTarget(importTypeKey, target)}.`,
      };
    }
    taken.set(target, header.index);
    return { ...base, target, source };
  });
  const mapping: ColumnMapping = { version: 1, importType: importTypeKey, columns };
  if (options.preset) mapping.preset = options.preset;
  if (options.settings) mapping.settings = options.settings;
  return mapping;
}

/** "Purchase date" or "the custom field warranty_provider". */
export function describeTarget(type: ImportTypeKey, target: string): string {
  if (target.startsWith(CUSTOM_PREFIX)) return `the custom field ${target.slice(CUSTOM_PREFIX.length)}`;
  return IMPORT_TYPES[type].fields.find((f) => f.key === target)?.label ?? target;
}

/**
 * Sets the target of one column. A target already filled by another column moves here (that
 * column becomes ignored), so each target keeps one source.
 */
export function assignColumn(mapping: ColumnMapping, index: number, target: string | null): ColumnMapping {
  if (target !== null && !isKnownTarget(mapping.importType, target)) {
    throw new Error(`"${target}" is not a field of ${mapping.importType}.`);
  }
  if (!mapping.columns.some((c) => c.index === index))
    throw new Error(`The file has no column ${columnLetter(index)}.`);
  const columns = mapping.columns.map((c): ColumnAssignment => {
    if (c.index === index) return { index: c.index, header: c.header, target, source: 'manual' };
    if (target !== null && c.target === target) {
      return {
        index: c.index,
        header: c.header,
        target: null,
        source: 'manual',
        note: `Column ${columnLetter(index)} fills it now.`,
      };
    }
    return c;
  });
  return { ...mapping, columns };
}

export interface AppliedMapping {
  mapping: ColumnMapping;
  /** Saved columns that the new file does not have. */
  missing: string[];
}

/**
 * A saved mapping applied to another file: columns are matched by header (so reordered columns
 * keep their targets), and by position only where the header is the same or blank in both.
 * Columns the saved mapping did not know are mapped automatically.
 */
export function applySavedMapping(
  saved: ColumnMapping,
  headers: readonly HeaderCell[],
  options: AutoMapOptions = {},
): AppliedMapping {
  const fresh = autoMap(saved.importType, headers, { ...options, preset: saved.preset });
  const used = new Set<number>();
  const missing: string[] = [];
  const assigned = new Map<number, ColumnAssignment>();
  for (const column of saved.columns) {
    const wanted = normaliseHeader(column.header);
    const match =
      headers.find((h) => !used.has(h.index) && wanted !== '' && h.normalised === wanted) ??
      headers.find((h) => !used.has(h.index) && h.index === column.index && h.normalised === wanted);
    if (!match) {
      if (column.target !== null) missing.push(column.header || `column ${columnLetter(column.index)}`);
      continue;
    }
    used.add(match.index);
    assigned.set(match.index, {
      index: match.index,
      header: match.raw,
      target: column.target,
      source: 'saved',
      ...(column.note ? { note: column.note } : {}),
    });
  }
  const targets = new Set([...assigned.values()].map((c) => c.target).filter((t) => t !== null));
  const columns = fresh.columns.map((c) => {
    const kept = assigned.get(c.index);
    if (kept) return kept;
    // A column the saved mapping did not know keeps its automatic target unless that is taken.
    return c.target !== null && targets.has(c.target) ? { ...c, target: null, source: 'none' as const } : c;
  });
  const mapping: ColumnMapping = { ...saved, columns };
  return { mapping, missing };
}

/** Targets that the mapping fills, with their column. */
export function mappedColumns(mapping: ColumnMapping): Map<string, number> {
  return new Map(mapping.columns.filter((c) => c.target !== null).map((c) => [c.target!, c.index]));
}

/** "A and B are not mapped": for summaries. */
export function unmappedHeaders(mapping: ColumnMapping): string {
  return listText(
    mapping.columns.filter((c) => c.target === null && c.header.trim() !== '').map((c) => c.header.trim()),
  );
}
