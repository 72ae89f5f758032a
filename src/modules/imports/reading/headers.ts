/**
 * The header row: each column's header as written and in a normalised form for matching
 * ("Checked Out To: Username" → "checked out to username"), and what is wrong with it: the same
 * header twice, or a column without a header.
 */
import {
  capitalise,
  columnLetter,
  describeColumn,
  listText,
  problemColumn,
  quoteValue,
  type SpreadsheetProblem,
} from './problems.js';
import type { RawRow } from './raw-row.js';

export interface HeaderCell {
  /** 0-based column position. */
  index: number;
  /** A, B, ... */
  letter: string;
  /** As written in the file. */
  raw: string;
  /** Lower case, accents and punctuation removed, spaces collapsed: what mapping compares. */
  normalised: string;
}

/** "  Checked Out To: E-mail " → "checked out to e mail"; "Purchase Cost (€)" → "purchase cost". */
export function normaliseHeader(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The headers of a file: the cells of its first row, without trailing blank cells that hold no
 * data in the sample (Excel writes such "columns" after an edit).
 */
export function buildHeaders(cells: readonly string[], sample: readonly RawRow[]): HeaderCell[] {
  let width = cells.length;
  while (
    width > 0 &&
    cells[width - 1]!.trim() === '' &&
    !sample.some((row) => (row.cells[width - 1] ?? '').trim() !== '')
  ) {
    width--;
  }
  return cells.slice(0, width).map((raw, index) => ({
    index,
    letter: columnLetter(index),
    raw,
    normalised: normaliseHeader(raw),
  }));
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function headerProblems(headers: readonly HeaderCell[], sample: readonly RawRow[]): SpreadsheetProblem[] {
  const problems: SpreadsheetProblem[] = [];
  const sampled = sample.length;
  const rowsText = `the first ${sampled} row${sampled === 1 ? '' : 's'}`;

  for (const header of headers) {
    if (header.raw.trim() !== '') continue;
    const withData = sample.find((row) => (row.cells[header.index] ?? '').trim() !== '');
    problems.push({
      severity: 'warning',
      code: 'blank_header',
      column: problemColumn(header.index, header.raw),
      message: withData
        ? `Column ${header.letter} (the ${ordinal(header.index + 1)}) has no header, but holds data (row ${withData.rowNumber}: ${quoteValue(withData.cells[header.index]!.trim())}): it is not imported unless you map it.`
        : `Column ${header.letter} (the ${ordinal(header.index + 1)}) has no header and is empty in ${rowsText}: it is ignored.`,
    });
  }

  const groups = new Map<string, HeaderCell[]>();
  for (const header of headers) {
    if (header.normalised === '') continue;
    const group = groups.get(header.normalised) ?? [];
    group.push(header);
    groups.set(header.normalised, group);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...others] = group as [HeaderCell, ...HeaderCell[]];
    const places = listText(group.map((h) => `${h.letter} (the ${ordinal(h.index + 1)})`));
    const differing = sample.find((row) =>
      others.some((h) => (row.cells[h.index] ?? '').trim() !== (row.cells[first.index] ?? '').trim()),
    );
    const name = first.raw.trim();
    const detail = differing
      ? (() => {
          const other = others.find(
            (h) => (differing.cells[h.index] ?? '').trim() !== (differing.cells[first.index] ?? '').trim(),
          )!;
          return `Their values differ (row ${differing.rowNumber}: ${quoteValue((differing.cells[first.index] ?? '').trim())} in ${first.letter}, ${quoteValue((differing.cells[other.index] ?? '').trim())} in ${other.letter}): column ${first.letter} is used unless you map another one.`;
        })()
      : `Their values are the same in ${rowsText}: column ${first.letter} is used.`;
    problems.push({
      severity: 'warning',
      code: 'duplicate_header',
      column: problemColumn(first.index, first.raw),
      message: `The header "${name}" appears ${group.length === 2 ? 'twice' : `${group.length} times`}: columns ${places}. ${detail}`,
    });
    for (const other of others) {
      problems.push({
        severity: 'warning',
        code: 'duplicate_header',
        column: problemColumn(other.index, other.raw),
        message: `${capitalise(describeColumn(problemColumn(other.index, other.raw)))} repeats the header of column ${first.letter}.`,
      });
    }
  }
  return problems;
}
