/**
 * A transaction retried on serialization failures and deadlocks (SQLSTATE 40001, 40P01), which
 * PostgreSQL may raise when concurrent actions touch the same rows in a different order. The
 * callback must be safe to run again: it must not have effects outside the database.
 */
import type { Db } from './database.js';
import { sqlState } from '../http/errors.js';

const RETRYABLE = new Set(['40001', '40P01']);

export async function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => fn(tx as unknown as Db));
    } catch (err) {
      if (attempt >= attempts || !RETRYABLE.has(sqlState(err) ?? '')) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
