/** The report of an import as CSV, streamed page by page (a million problems never sit in memory). */
import { Readable } from 'node:stream';
import type { Db } from '../../platform/db/database.js';
import { listProblems } from './imports-repository.js';

const HEADER = ['Row', 'Column', 'Header', 'Field', 'Severity', 'Code', 'Message'];

/** A CSV field, quoted when it holds a delimiter, a quote or a line break; formulas neutralised. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A spreadsheet would run a cell starting with = + - @ as a formula.
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function problemsCsv(db: Db, importId: string, pageSize = 5000): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield '\ufeff' + HEADER.join(',') + '\r\n';
    let afterId: number | undefined;
    for (;;) {
      const rows = await listProblems(db, importId, { afterId, limit: pageSize });
      const page = rows.slice(0, pageSize);
      if (page.length > 0) {
        yield page
          .map(
            (p) =>
              [p.rowNumber, p.columnLetter, p.columnHeader, p.field, p.severity, p.code, p.message]
                .map(csvField)
                .join(',') + '\r\n',
          )
          .join('');
      }
      if (rows.length <= pageSize) return;
      afterId = page.at(-1)!.id;
    }
  }
  return Readable.from(lines());
}
