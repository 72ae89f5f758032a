/**
 * One export for every list: a source of pages of rows (the list's own repository query, read
 * page by page with its keyset cursor) and a column list per type, written by the table writer as
 * the pages arrive. Memory stays at one page whatever the number of rows.
 *
 * The first page is read before the file starts, so a refused filter (a location outside the
 * caller's scope, a bad cursor) is an ordinary error answer rather than a broken download.
 */
import { PassThrough, type Readable } from 'node:stream';
import { tableWriter, type Cell, type ExportFormat } from './table-file.js';

export interface Column<R> {
  header: string;
  value: (row: R) => Cell;
  /** A decimal string of money: a number with two decimals in XLSX. */
  money?: boolean;
}

export interface ExportTable<R> {
  /** The file's name without extension and date ("people"). */
  name: string;
  /** The XLSX sheet's name ("People"). */
  sheet: string;
  /** The columns, or how to choose them from the first page (custom fields found there). */
  columns: readonly Column<R>[] | ((first: readonly R[]) => readonly Column<R>[]);
  pages: AsyncIterable<R[]>;
}

/** Rows per page read from the database: each page is one run of the list query (5,000 makes 100k people 4x faster than 1,000). */
export const EXPORT_PAGE = 5000;

/**
 * Pages of a keyset-paged list query: `fetch` answers up to `limit + 1` rows after `cursor` (the
 * list convention: the extra row says there is more), `cursorOf` gives a row's cursor.
 */
export async function* keysetPages<R>(
  fetch: (cursor: unknown[] | undefined, limit: number) => Promise<R[]>,
  cursorOf: (row: R) => unknown[],
  size = EXPORT_PAGE,
): AsyncGenerator<R[]> {
  let cursor: unknown[] | undefined;
  for (;;) {
    const rows = await fetch(cursor, size);
    const page = rows.slice(0, size);
    if (page.length > 0) yield page;
    if (rows.length <= size || page.length === 0) return;
    cursor = cursorOf(page.at(-1)!);
  }
}

/** Pages of rows already at hand (a computed list such as the plans). */
export async function* inPages<R>(rows: readonly R[], size = EXPORT_PAGE): AsyncGenerator<R[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** The table as a file stream; resolves once the first page is read (errors before it reject). */
export async function streamTable<R>(format: ExportFormat, table: ExportTable<R>): Promise<Readable> {
  const iterator = table.pages[Symbol.asyncIterator]();
  const first = (await iterator.next()).value ?? [];
  const columns = typeof table.columns === 'function' ? table.columns(first) : table.columns;
  const out = new PassThrough();
  const money = columns.flatMap((c, i) => (c.money ? [i] : []));
  const writer = tableWriter(
    format,
    out,
    table.sheet,
    columns.map((c) => c.header),
    money,
  );
  const write = async (rows: readonly R[]) => {
    for (const row of rows) {
      if (out.destroyed) return;
      await writer.row(columns.map((c) => c.value(row)));
    }
  };
  void (async () => {
    try {
      await write(first);
      for (;;) {
        if (out.destroyed) {
          // The reader went away: stop reading pages.
          await iterator.return?.();
          return;
        }
        const next = await iterator.next();
        if (next.done) break;
        await write(next.value);
      }
      await writer.end();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}

/** "yes" / "no" for a flag, as the importer reads it. */
export const yesNo = (value: boolean | null | undefined): Cell =>
  value === null || value === undefined ? null : value ? 'yes' : 'no';
