/**
 * The delimiter and line endings of a CSV file, from the decoded first lines, reading quotes the way
 * a CSV parser does (a delimiter or a line break inside quotes does not count).
 *
 * The delimiter is the candidate (comma, semicolon, tab, pipe) that appears in the header and the
 * same number of times in most of the following records; ties go to the comma, then the semicolon
 * (what Excel writes where the comma is the decimal mark). Excel's own hint, a first line "sep=;",
 * is obeyed and skipped.
 */

export type Delimiter = ',' | ';' | '\t' | '|';
export type LineEnding = 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

export const LINE_ENDING_NAMES: Record<LineEnding, string> = {
  LF: 'LF (Unix, macOS)',
  CRLF: 'CRLF (Windows)',
  CR: 'CR only (classic Mac OS)',
  mixed: 'mixed',
  none: 'none (a single line)',
};

export interface CsvDialect {
  delimiter: Delimiter;
  lineEnding: LineEnding;
  /** The file starts with Excel's "sep=X" line, which is not data. */
  sepLine: boolean;
  notes: string[];
}

const MAX_RECORDS = 100;

export function detectDialect(text: string, complete: boolean, given?: Delimiter): CsvDialect {
  const notes: string[] = [];
  const sep = /^sep=(.)\r?\n|^sep=(.)\r/i.exec(text);
  let sepLine = false;
  let hinted: Delimiter | undefined;
  if (sep) {
    const char = (sep[1] ?? sep[2]) as string;
    if ((DELIMITERS as readonly string[]).includes(char)) {
      sepLine = true;
      hinted = char as Delimiter;
      text = text.slice(sep[0].length);
      notes.push(`The first line "sep=${char}" names the delimiter; it is not data.`);
    }
  }
  const { records, lineEnding } = scan(text, complete);
  if (lineEnding === 'CR') notes.push('Lines end with a carriage return only (classic Mac OS).');
  if (lineEnding === 'mixed') notes.push('The file mixes line endings (LF, CRLF, CR); each ends a row.');
  if (given) return { delimiter: given, lineEnding, sepLine, notes };
  if (hinted) return { delimiter: hinted, lineEnding, sepLine, notes };

  const header = records[0];
  let best: { delimiter: Delimiter; consistency: number; columns: number } | undefined;
  for (const [i, delimiter] of DELIMITERS.entries()) {
    const columns = header?.[i] ?? 0;
    if (columns === 0) continue;
    const rest = records.slice(1);
    const same = rest.filter((counts) => counts[i] === columns).length;
    const consistency = rest.length === 0 ? 1 : same / rest.length;
    if (!best || consistency > best.consistency + 0.05) best = { delimiter, consistency, columns };
  }
  if (!best) {
    notes.push('No comma, semicolon, tab or pipe in the first line: the file has one column.');
    return { delimiter: ',', lineEnding, sepLine, notes };
  }
  if (best.delimiter !== ',') notes.push(`Columns are separated by a ${DELIMITER_NAMES[best.delimiter]}.`);
  return { delimiter: best.delimiter, lineEnding, sepLine, notes };
}

/** Per record, how many times each delimiter appears outside quotes; and the line endings seen. */
function scan(text: string, complete: boolean): { records: number[][]; lineEnding: LineEnding } {
  const records: number[][] = [];
  let counts = [0, 0, 0, 0];
  let quoted = false;
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  let i = 0;
  let recordHasContent = false;
  for (; i < text.length && records.length < MAX_RECORDS; i++) {
    const c = text[i];
    if (c === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else quoted = !quoted;
      recordHasContent = true;
      continue;
    }
    if (quoted) continue;
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') {
        crlf++;
        i++;
      } else if (c === '\r') cr++;
      else lf++;
      if (recordHasContent) records.push(counts);
      counts = [0, 0, 0, 0];
      recordHasContent = false;
      continue;
    }
    recordHasContent = true;
    const k = DELIMITERS.indexOf(c as Delimiter);
    if (k !== -1) counts[k]!++;
  }
  // The last record of a cut sample may be incomplete: count it only when the sample is the file.
  if (recordHasContent && (complete || records.length === 0)) records.push(counts);
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  const lineEnding: LineEnding = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf > 0 ? 'CRLF' : cr > 0 ? 'CR' : 'LF';
  return { records, lineEnding };
}
