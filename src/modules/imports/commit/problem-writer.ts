/**
 * Writes an import's problems to `import_problems`: those the row checks found (from JavaScript,
 * in batches as the rows stream), and those the set-based checks find (one INSERT ... SELECT per
 * kind of problem over the staging table, each message naming the row, the column and the value).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.js';
import { describeColumn, type ProblemColumn } from '../reading/problems.js';
import type { RowProblem } from '../mapping/validate-rows.js';

export interface ProblemRow {
  rowNumber: number | null;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  columnLetter: string | null;
  columnHeader: string | null;
  field: string | null;
}

export function problemRow(p: RowProblem | (Omit<RowProblem, 'row'> & { row?: number })): ProblemRow {
  return {
    rowNumber: p.row ?? null,
    severity: p.severity,
    code: p.code,
    message: p.message,
    columnLetter: p.column?.letter ?? null,
    columnHeader: p.column?.header ?? null,
    field: p.field ?? null,
  };
}

export async function insertProblems(db: Db, importId: string, rows: readonly ProblemRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000).map((r) => ({
      row_number: r.rowNumber,
      severity: r.severity,
      code: r.code,
      message: r.message,
      column_letter: r.columnLetter,
      column_header: r.columnHeader,
      field: r.field,
    }));
    await db.execute(sql`
      insert into import_problems (import_id, row_number, severity, code, message, column_letter, column_header, field)
      select ${importId}::uuid, v.row_number, v.severity, v.code, v.message, v.column_letter, v.column_header, v.field
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(
        row_number int, severity text, code text, message text, column_letter text, column_header text, field text)`);
  }
}

export interface SetProblem {
  code: string;
  /** The target field the problem is about (its column is named in the message). */
  field: string;
  /** A text expression over the staging row `s`: what is wrong, without the row and column. */
  message: SQL;
  /** A condition over `s` selecting the rows that have the problem. */
  where: SQL;
  severity?: 'error' | 'warning';
}

/** Flags rows of the staging table in one statement; returns how many. */
export async function flagRows(
  db: Db,
  importId: string,
  table: string,
  columns: ReadonlyMap<string, ProblemColumn>,
  problem: SetProblem,
): Promise<number> {
  const column = columns.get(problem.field);
  const where = column ? `, ${describeColumn(column)}: ` : ': ';
  const severity = problem.severity ?? 'error';
  const result = await db.execute(sql`
    insert into import_problems (import_id, row_number, severity, code, message, column_letter, column_header, field)
    select ${importId}::uuid, s.row_number, ${severity}, ${problem.code},
      'Row ' || s.row_number || ${where} || ${problem.message},
      ${column?.letter ?? null}, ${column?.header ?? null}, ${problem.field}
    from ${sql.raw(table)} s where ${problem.where}`);
  return affected(result);
}

/** Marks as bad every staged row with an error from either check. */
export async function markBadRows(db: Db, importId: string, table: string): Promise<void> {
  await db.execute(
    sql`update ${sql.raw(table)} s set bad = true where not s.ok or s.row_number in (
      select p.row_number from import_problems p where p.import_id = ${importId} and p.severity = 'error' and p.row_number is not null)`,
  );
}

/** Rows a statement changed, on either driver. */
export function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}
