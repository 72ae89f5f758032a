/**
 * Raw rows to typed rows, streaming: each mapped cell parsed by its field's type, the import type's
 * rules applied (required fields, check-out, derived values), rows that repeat a unique key within
 * the file reported with both row numbers, and every problem placed at its row, its column (letter
 * and header) and its field.
 *
 * Date columns need the order of day and month before their ambiguous values can be read: the
 * first rows (up to `lookahead`) are held back until each date column has shown an unambiguous
 * value, then released in order. Memory stays bounded: the look-ahead, and a 64-bit hash per row
 * and unique key for the in-file duplicate check (row-key-index.ts: about 25 MB per key kind for
 * a million rows; `findDuplicates: false` turns it off when the staging table checks it).
 *
 * What needs the database (does the model exist? is the tag taken?) is the next step's: each row
 * carries the lookup keys for it (row-rules.ts).
 */
import { checkValue, type CustomFieldValue, type FieldDefinition } from '../../../domain/custom-fields.js';
import type { HeaderCell } from '../reading/headers.js';
import { EXCEL_SCIENTIFIC } from '../reading/column-checks.js';
import {
  capitalise,
  describeColumn,
  problemColumn,
  type ProblemColumn,
  type SpreadsheetProblem,
} from '../reading/problems.js';
import type { RawRow } from '../reading/raw-row.js';
import type { ColumnMapping, DateOrder, ImportSettings } from './column-mapping.js';
import { addEvidence, decideDateOrder, emptyEvidence, isSettled, type DateOrderDecision } from './date-order.js';
import { CUSTOM_PREFIX, IMPORT_TYPES, type TargetField } from './import-types.js';
import {
  parseBoolean,
  parseDate,
  parseValue,
  statusNames,
  type FieldValue,
  type ParseContext,
} from './parse-values.js';
import { scientific } from './parse-money.js';
import { PRESETS } from './presets.js';
import { RowKeyIndex } from './row-key-index.js';
import { applyRowRules, lookupKeys, mappingProblems, type LookupKeys } from './row-rules.js';

export interface ValidateOptions {
  headers: readonly HeaderCell[];
  mapping: ColumnMapping;
  /** Overrides the mapping's own settings. */
  settings?: ImportSettings;
  /** 'xlsx': five-digit numbers in date columns are Excel date serials. */
  format?: 'csv' | 'xlsx';
  /** Definitions of the custom fields the mapping may target. */
  customFields?: readonly FieldDefinition[];
  /** Rows held back to decide date orders (default 5,000). */
  lookahead?: number;
  /** Report rows repeating a unique key (tag, serial...) within the file (default true). */
  findDuplicates?: boolean;
}

export interface RowProblem {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  row: number;
  column?: ProblemColumn;
  /** The target field (`purchaseDate`, `custom:warranty_provider`). */
  field?: string;
}

export interface ValidatedRow {
  rowNumber: number;
  /** Parsed values by field key; empty cells are absent. Dates YYYY-MM-DD, money "1299.00". */
  values: Record<string, FieldValue>;
  /** Custom field values by key. */
  custom: Record<string, CustomFieldValue>;
  /** What to look up in the database. */
  keys: LookupKeys;
  problems: RowProblem[];
  /** No errors (warnings allowed). */
  ok: boolean;
}

export interface DateColumnReport extends DateOrderDecision {
  field: string;
  column: ProblemColumn;
}

export interface ValidationReport {
  importable: boolean;
  rows: number;
  rowsWithErrors: number;
  errors: number;
  warnings: number;
  /** Problems by code, e.g. { scientific_notation: 200 }. */
  counts: Record<string, number>;
  dateColumns: DateColumnReport[];
  /** About the file as a whole: unmapped required fields, date orders that could not be decided. */
  problems: SpreadsheetProblem[];
}

interface Planned {
  index: number;
  column: ProblemColumn;
  target: string;
  field?: TargetField;
  custom?: FieldDefinition;
  isDate: boolean;
  context: ParseContext;
}

export function validateRows(
  rows: AsyncIterable<RawRow>,
  options: ValidateOptions,
): { rows: AsyncIterable<ValidatedRow>; report: ValidationReport } {
  const { mapping, headers } = options;
  const type = IMPORT_TYPES[mapping.importType];
  const settings: ImportSettings = { ...mapping.settings, ...options.settings };
  const report: ValidationReport = {
    importable: type.importable,
    rows: 0,
    rowsWithErrors: 0,
    errors: 0,
    warnings: 0,
    counts: {},
    dateColumns: [],
    problems: [],
  };
  if (!type.importable) {
    report.problems.push({
      severity: 'error',
      code: 'not_importable',
      message: `${type.label}: ${type.notImportable}`,
    });
  }
  for (const p of mappingProblems(mapping, settings)) report.problems.push(p);

  const statuses = statusNames(mapping.preset ? PRESETS[mapping.preset].statuses : undefined, settings.statuses);
  const money = { decimalSeparator: settings.decimalSeparator ?? '.' };
  const customByKey = new Map((options.customFields ?? []).map((d) => [d.key, d]));
  const headerOf = (index: number) => headers.find((h) => h.index === index)?.raw ?? '';

  const planned: Planned[] = [];
  for (const assignment of mapping.columns) {
    if (assignment.target === null) continue;
    const column = problemColumn(assignment.index, headerOf(assignment.index));
    const base = { index: assignment.index, column, target: assignment.target };
    if (assignment.target.startsWith(CUSTOM_PREFIX)) {
      const definition = customByKey.get(assignment.target.slice(CUSTOM_PREFIX.length));
      if (!definition) {
        report.problems.push({
          severity: 'error',
          code: 'unknown_custom_field',
          column,
          message: `${capitalise(describeColumn(column))} is mapped to the custom field "${assignment.target.slice(CUSTOM_PREFIX.length)}", which the category does not have.`,
        });
        continue;
      }
      planned.push({ ...base, custom: definition, isDate: definition.type === 'date', context: { money } });
      continue;
    }
    const field = type.fields.find((f) => f.key === assignment.target);
    if (!field) continue; // parseMapping refuses unknown targets; a hand-built mapping is not trusted either
    planned.push({ ...base, field, isDate: field.type === 'date', context: { money, statuses } });
  }

  const columnOf = new Map(planned.map((p) => [p.target, p.column]));
  const dateColumns = planned.filter((p) => p.isDate);
  const lookahead = options.lookahead ?? 5000;
  const findDuplicates = options.findDuplicates ?? true;
  const seen = type.unique.map(() => new RowKeyIndex());

  const settingFor = (p: Planned): DateOrder | undefined => settings.dateOrders?.[p.target] ?? settings.dateOrder;
  const decide = (evidence: Map<Planned, ReturnType<typeof emptyEvidence>>) => {
    for (const p of dateColumns) {
      const decision = decideDateOrder(capitalise(describeColumn(p.column)), evidence.get(p)!, settingFor(p));
      report.dateColumns.push({ ...decision, field: p.target, column: p.column });
      if (decision.severity) {
        report.problems.push({
          severity: decision.severity,
          code: DECISION_CODES[decision.how] ?? 'date_order',
          column: p.column,
          message: decision.message,
        });
      }
    }
    for (const p of dateColumns) {
      const decision = report.dateColumns.find((d) => d.field === p.target)!;
      const decided = report.dateColumns.find((d) => d.order && d.order !== 'YMD' && d.field !== p.target);
      p.context = {
        ...p.context,
        date: {
          order: decision.order,
          excelSerials: options.format === 'xlsx',
          ...(decided
            ? {
                hint: `${decided.column.header || decided.column.letter} reads ${decided.order === 'MDY' ? 'month/day' : 'day/month'}`,
              }
            : {}),
        },
      };
    }
  };

  const validate = (row: RawRow): ValidatedRow => {
    const values: Record<string, FieldValue> = {};
    const custom: Record<string, CustomFieldValue> = {};
    const problems: RowProblem[] = [];
    for (const p of planned) {
      const raw = row.cells[p.index] ?? '';
      if (p.custom) {
        const result = parseCustom(p.custom, raw, p.context);
        if ('message' in result) problems.push(cellProblem(row.rowNumber, p, 'invalid_custom_value', result.message));
        else if (result.value !== null) custom[p.custom.key] = result.value;
        continue;
      }
      const parsed = parseValue(p.field!, raw, p.context);
      if (parsed.problem) problems.push(cellProblem(row.rowNumber, p, parsed.problem.code, parsed.problem.message));
      else if (parsed.value !== null) values[p.target] = parsed.value;
    }
    for (const rule of applyRowRules(mapping.importType, values, settings)) {
      const column = rule.field ? columnOf.get(rule.field) : undefined;
      problems.push({
        severity: rule.severity ?? 'error',
        code: rule.code,
        row: row.rowNumber,
        message: `Row ${row.rowNumber}: ${rule.message}`,
        ...(column ? { column } : {}),
        ...(rule.field ? { field: rule.field } : {}),
      });
    }
    if (findDuplicates) {
      for (let i = 0; i < type.unique.length; i++) {
        const key = type.unique[i]!;
        if (key.requires.some((f) => values[f] === undefined)) continue;
        let text = '';
        for (const f of key.fields) text += `${String(values[f] ?? '').toLowerCase()}\u001f`;
        const first = seen[i]!.add(text, row.rowNumber);
        if (first === undefined) continue;
        const shown = key.fields
          .map((f) => values[f])
          .filter((v) => v !== undefined)
          .join(' / ');
        const main = key.requires[0]!;
        const column = columnOf.get(main);
        problems.push({
          severity: 'error',
          code: key.code,
          row: row.rowNumber,
          field: main,
          ...(column ? { column } : {}),
          message: `Row ${row.rowNumber}: the ${key.label} "${shown}" is also in row ${first}; it must be unique (rows ${first} and ${row.rowNumber}).`,
        });
      }
    }
    for (const p of row.problems ?? []) {
      const column = p.column ? problemColumn(p.column.index, headerOf(p.column.index)) : undefined;
      problems.push({
        severity: p.severity,
        code: p.code,
        row: row.rowNumber,
        message: p.message,
        ...(column ? { column } : {}),
      });
    }
    const ok = !problems.some((p) => p.severity === 'error');
    report.rows++;
    if (!ok) report.rowsWithErrors++;
    for (const p of problems) {
      if (p.severity === 'error') report.errors++;
      else report.warnings++;
      report.counts[p.code] = (report.counts[p.code] ?? 0) + 1;
    }
    return { rowNumber: row.rowNumber, values, custom, keys: lookupKeys(mapping.importType, values), problems, ok };
  };

  async function* run(): AsyncGenerator<ValidatedRow> {
    const iterator = rows[Symbol.asyncIterator]();
    try {
      const held: RawRow[] = [];
      const undecided = dateColumns.filter((p) => !settingFor(p));
      const evidence = new Map(dateColumns.map((p) => [p, emptyEvidence()]));
      if (undecided.length > 0) {
        while (held.length < lookahead) {
          const next = await iterator.next();
          if (next.done) break;
          held.push(next.value);
          for (const p of dateColumns)
            addEvidence(evidence.get(p)!, next.value.cells[p.index] ?? '', next.value.rowNumber);
          if (undecided.every((p) => isSettled(evidence.get(p)!))) break;
        }
      }
      decide(evidence);
      for (const row of held.splice(0)) yield validate(row);
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield validate(next.value);
      }
    } finally {
      await iterator.return?.();
    }
  }

  return { rows: run(), report };
}

const DECISION_CODES: Partial<Record<DateOrderDecision['how'], string>> = {
  setting: 'date_order_conflict',
  mixed: 'date_order_mixed',
  undecided: 'date_order_undecided',
};

function cellProblem(row: number, p: Planned, code: string, message: string): RowProblem {
  return {
    severity: 'error',
    code,
    row,
    column: p.column,
    field: p.target,
    message: `Row ${row}, ${describeColumn(p.column)}: ${message}`,
  };
}

/**
 * A custom field's value: dates and yes/no read the way the built-in fields are (column date order,
 * yes/no words), numbers with the file's decimal separator; then the domain's own check.
 */
function parseCustom(
  definition: FieldDefinition,
  raw: string,
  context: ParseContext,
): { value: CustomFieldValue } | { message: string } {
  const text = raw.trim();
  if (text === '') return { value: null };
  let input: unknown = text;
  if (definition.type === 'date') {
    const parsed = parseDate(text, context.date);
    if (parsed.problem) return { message: parsed.problem.message };
    input = parsed.value;
  } else if (definition.type === 'boolean') {
    const parsed = parseBoolean(text);
    if (parsed.problem) return { message: parsed.problem.message };
    input = parsed.value;
  } else if (definition.type === 'number') {
    if (EXCEL_SCIENTIFIC.test(text)) return { message: scientific(text).problem!.message };
    if (context.money?.decimalSeparator === ',') input = text.replace(/[.\s\u00a0']/g, '').replace(',', '.');
    else input = text.replace(/(\d)[,\s\u00a0'](?=\d{3}\b)/g, '$1');
  }
  const check = checkValue(definition, input);
  return check.ok ? { value: check.value } : { message: check.message };
}
