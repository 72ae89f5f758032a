/**
 * Housekeeping timers every instance runs: sealing the audit chain (every second; only one instance
 * at a time gets the lock), folding the asset counts' shards (every minute), expiring sessions and
 * idempotency keys, and VACUUM ANALYZE on the embedded database, which has no autovacuum.
 */
import type { Services } from './services.js';
import { vacuumAnalyze } from './db/vacuum.js';
import { sealAuditLog } from '../modules/audit/audit-seal.js';
import { deleteExpiredSessions } from '../modules/auth/sessions-repository.js';
import { deleteExpiredIdempotencyKeys } from './http/idempotency.js';
import { foldCountShards } from '../modules/assets/fold-count-shards.js';

export function startMaintenance(s: Services): () => Promise<void> {
  let sealing: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const seal = setInterval(() => {
    sealing = sealAuditLog(s.db, s.auditKey)
      .then((outcome) => {
        if (outcome.forged > 0) {
          s.logger.warn(
            { forged: outcome.forged },
            'audit entries without a valid signature were sealed: run qm audit verify',
          );
        }
      })
      .catch((err: unknown) => {
        if (!stopped) s.logger.error({ err }, 'sealing the audit log failed');
      });
  }, 1000);
  let folding: Promise<unknown> = Promise.resolve();
  const fold = setInterval(() => {
    folding = foldCountShards(s.db).catch((err: unknown) => {
      if (!stopped) s.logger.error({ err }, 'folding the asset counts failed');
    });
  }, 60_000);
  const hourly = setInterval(() => {
    Promise.all([deleteExpiredSessions(s.db), deleteExpiredIdempotencyKeys(s.db)]).catch((err: unknown) =>
      s.logger.error({ err }, 'housekeeping failed'),
    );
  }, 60 * 60_000);
  const minutes = s.config.vacuumIntervalMinutes;
  const vacuum =
    s.database.pglite && minutes > 0
      ? setInterval(() => {
          vacuumAnalyze(s.database).catch((err: unknown) => s.logger.error({ err }, 'VACUUM ANALYZE failed'));
        }, minutes * 60_000)
      : undefined;
  for (const t of [seal, fold, hourly, vacuum]) t?.unref();
  return async () => {
    stopped = true;
    clearInterval(seal);
    clearInterval(fold);
    clearInterval(hourly);
    if (vacuum) clearInterval(vacuum);
    await Promise.all([sealing, folding]);
  };
}
