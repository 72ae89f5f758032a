/**
 * pg-boss talks to PGlite through this adapter. PGlite has a single session: statements without
 * parameters (pg-boss's multi-statement migrations) go through `exec`, and after an error we send
 * ROLLBACK, or the session would stay in an aborted transaction and every later query would fail.
 */
import type { PGlite } from '@electric-sql/pglite';

export function pgliteBossAdapter(pglite: PGlite) {
  return {
    async executeSql(text: string, values: unknown[] = []): Promise<{ rows: unknown[] }> {
      try {
        if (values.length === 0) {
          const results = await pglite.exec(text);
          return { rows: results[results.length - 1]?.rows ?? [] };
        }
        const result = await pglite.query(text, values);
        return { rows: result.rows };
      } catch (err) {
        await pglite.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    },
  };
}
