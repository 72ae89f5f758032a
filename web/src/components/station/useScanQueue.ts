/**
 * The station's batch and its offline queue (kept in IndexedDB, see scan-store): scans are drafts
 * until the batch is committed, then wait as "queued" until the server has answered each one. The
 * queue is sent on commit, when the page loads, when the browser says it is back online, and every
 * 20 seconds while anything waits. The server applies each client id once, so a batch sent twice
 * (an answer lost on the way back) changes nothing more.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, errorMessage, hasCsrfToken } from '../../api/client';
import { meKey } from '../../api/session';
import { sendScans, sendStockScans, type ScanAction } from '../../api/scans';
import { rememberCodesFor } from './resolve';
import {
  allScans,
  deleteScans,
  deviceId,
  putScans,
  splitByOwner,
  type OtherAccountScans,
  type QueuedScan,
} from './scan-store';

/** Scans per request: the server takes up to 10,000; smaller requests show progress sooner. */
const CHUNK = 1000;
const RETRY_MS = 20_000;

export interface ScanQueue {
  scans: QueuedScan[];
  loaded: boolean;
  online: boolean;
  syncing: boolean;
  /** Why the last sync stopped (no connection, signed out...), or null. */
  problem: string | null;
  /** Scans other accounts took on this browser, kept (never shown nor sent) until they sign in. */
  otherAccounts: OtherAccountScans[];
  /** The queue as it is now, including changes React has not rendered yet (fast scans). */
  snapshot: () => QueuedScan[];
  /** Keeps a scan as the signed-in user's. */
  add: (scan: Omit<QueuedScan, 'userId' | 'userName'>) => Promise<void>;
  replace: (scan: QueuedScan) => Promise<void>;
  undoLast: (which?: (scan: QueuedScan) => boolean) => Promise<QueuedScan | null>;
  /** Sends the drafts (those `which` picks: the asset scans, or the stock lines). */
  commit: (which?: (scan: QueuedScan) => boolean) => Promise<void>;
  sync: () => Promise<void>;
  /** Removes the scans the server has answered (applied, conflicts and refusals alike). */
  clearAnswered: () => Promise<void>;
}

function isNetworkFailure(err: unknown) {
  return err instanceof TypeError || (err instanceof ApiError && (err.status >= 500 || err.status === 0));
}

/** Sends asset scans to /scans and stock lines to /scans/stock; each scan gets its answer. */
async function send(chunk: QueuedScan[]): Promise<QueuedScan[]> {
  const assetScans = chunk.filter((s): s is QueuedScan & { action: ScanAction } => s.action !== 'stock');
  const stockLines = chunk.filter((s) => s.action === 'stock' && s.stock);
  const [assetResults, stockResults] = await Promise.all([
    assetScans.length > 0 ? sendScans(deviceId(), assetScans) : [],
    stockLines.length > 0
      ? sendStockScans(
          deviceId(),
          stockLines.map((s) => ({
            clientId: s.clientId,
            scannedAt: s.scannedAt,
            kind: s.stock!.kind,
            location: s.stock!.location,
            model: s.code,
            quantity: s.stock!.quantity,
            to: s.stock!.to,
          })),
        )
      : [],
  ]);
  const byId = new Map(assetResults.map((r) => [r.clientId, { state: r.outcome, message: r.message }] as const));
  const stockById = new Map(stockResults.map((r) => [r.clientId, r]));
  return chunk.map((s) => {
    const r = byId.get(s.clientId);
    if (r) return { ...s, ...r };
    const line = stockById.get(s.clientId);
    if (line && s.stock) {
      return {
        ...s,
        state: line.outcome,
        message: line.message,
        stock: { ...s.stock, onHand: line.onHand, toOnHand: line.toOnHand },
      };
    }
    return s;
  });
}

/** The queue of the signed-in user: other accounts' scans on this browser stay apart, untouched. */
export function useScanQueue(user: { id: string; name: string }): ScanQueue {
  const { id: userId, name: userName } = user;
  const [scans, setScans] = useState<QueuedScan[]>([]);
  const [otherAccounts, setOtherAccounts] = useState<OtherAccountScans[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [syncing, setSyncing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const current = useRef<QueuedScan[]>([]);
  const busy = useRef(false);
  const queryClient = useQueryClient();

  const update = useCallback((next: QueuedScan[]) => {
    current.current = next;
    setScans(next);
  }, []);

  const sync = useCallback(async () => {
    if (busy.current) return;
    // Only this user's scans: the server applies what is sent under the session's user.
    const waiting = current.current.filter((s) => s.state === 'queued' && s.userId === userId);
    if (waiting.length === 0) return;
    busy.current = true;
    setSyncing(true);
    let appliedAny = false;
    try {
      // Opened offline from the service worker's cache: ask the server for the session first.
      if (!hasCsrfToken()) await queryClient.refetchQueries({ queryKey: meKey });
      for (let i = 0; i < waiting.length; i += CHUNK) {
        const chunk = waiting.slice(i, i + CHUNK);
        let answered: QueuedScan[];
        try {
          answered = await send(chunk);
        } catch (err) {
          if (isNetworkFailure(err) || (err instanceof ApiError && [401, 403, 429].includes(err.status))) {
            const count = current.current.filter((s) => s.state === 'queued').length;
            setProblem(
              `${errorMessage(err)} ${count} ${count === 1 ? 'scan waits' : 'scans wait'} here and will be sent when the server can be reached.`,
            );
            return;
          }
          // The server refused the request itself (it names why): every scan in it gets that answer.
          answered = chunk.map((s) => ({ ...s, state: 'rejected' as const, message: errorMessage(err) }));
        }
        await putScans(answered);
        appliedAny ||= answered.some((s) => s.state === 'applied');
        const byId = new Map(answered.map((s) => [s.clientId, s]));
        update(current.current.map((s) => byId.get(s.clientId) ?? s));
      }
      setProblem(null);
    } finally {
      busy.current = false;
      setSyncing(false);
      if (appliedAny) {
        void queryClient.invalidateQueries({ queryKey: ['assets'] });
        void queryClient.invalidateQueries({ queryKey: ['stock'] });
      }
    }
  }, [queryClient, update, userId]);

  useEffect(() => {
    let cancelled = false;
    rememberCodesFor(userId);
    update([]);
    setLoaded(false);
    setProblem(null);
    allScans()
      .then(async (rows) => {
        const { mine, adopted, others } = splitByOwner(rows, { id: userId, name: userName });
        await putScans(adopted);
        if (cancelled) return;
        update(mine);
        setOtherAccounts(others);
        setLoaded(true);
        if (navigator.onLine) void sync();
      })
      .catch((err: unknown) => {
        setProblem(`The station cannot keep scans in this browser: ${errorMessage(err)}`);
        setLoaded(true);
      });
    const goneOnline = () => {
      setOnline(true);
      void sync();
    };
    const goneOffline = () => setOnline(false);
    window.addEventListener('online', goneOnline);
    window.addEventListener('offline', goneOffline);
    return () => {
      cancelled = true;
      window.removeEventListener('online', goneOnline);
      window.removeEventListener('offline', goneOffline);
    };
  }, [sync, update, userId, userName]);

  const waiting = scans.some((s) => s.state === 'queued');
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => {
      if (navigator.onLine) void sync();
    }, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, sync]);

  const add = useCallback(
    async (draft: Omit<QueuedScan, 'userId' | 'userName'>) => {
      const scan: QueuedScan = { ...draft, userId, userName };
      await putScans([scan]);
      update([...current.current, scan]);
    },
    [update, userId, userName],
  );

  /** Changes a draft (a stock line's quantity) where it is kept. */
  const replace = useCallback(
    async (scan: QueuedScan) => {
      await putScans([scan]);
      update(current.current.map((s) => (s.clientId === scan.clientId ? scan : s)));
    },
    [update],
  );

  const undoLast = useCallback(
    async (which: (scan: QueuedScan) => boolean = () => true) => {
      const last = current.current.filter((s) => s.state === 'draft' && which(s)).at(-1);
      if (!last) return null;
      await deleteScans([last.clientId]);
      update(current.current.filter((s) => s.clientId !== last.clientId));
      return last;
    },
    [update],
  );

  const commit = useCallback(
    async (which: (scan: QueuedScan) => boolean = () => true) => {
      const drafts = current.current
        .filter((s) => s.state === 'draft' && which(s))
        .map((s) => ({ ...s, state: 'queued' as const }));
      await putScans(drafts);
      const byId = new Map(drafts.map((s) => [s.clientId, s]));
      update(current.current.map((s) => byId.get(s.clientId) ?? s));
      if (navigator.onLine) await sync();
      else {
        setProblem(
          `No connection: ${drafts.length} ${drafts.length === 1 ? 'scan waits' : 'scans wait'} here and will be sent when the connection returns.`,
        );
      }
    },
    [sync, update],
  );

  const clearAnswered = useCallback(async () => {
    const answered = current.current.filter((s) => s.state !== 'draft' && s.state !== 'queued');
    await deleteScans(answered.map((s) => s.clientId));
    update(current.current.filter((s) => s.state === 'draft' || s.state === 'queued'));
  }, [update]);

  const snapshot = useCallback(() => current.current, []);

  return {
    scans,
    loaded,
    online,
    syncing,
    problem,
    otherAccounts,
    snapshot,
    add,
    replace,
    undoLast,
    commit,
    sync,
    clearAnswered,
  };
}
