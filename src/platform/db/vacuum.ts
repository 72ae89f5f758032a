import type { Database } from './database.js';

/**
 * PGlite has no autovacuum: after bulk work (imports, seeding) and on a timer we run VACUUM ANALYZE
 * so the planner's statistics stay true. A PostgreSQL server vacuums itself; ANALYZE there only
 * refreshes statistics at once after a bulk load.
 */
export async function vacuumAnalyze(database: Database): Promise<void> {
  if (database.pglite) await database.pglite.exec('VACUUM ANALYZE');
  else await database.pool!.query('ANALYZE');
}
