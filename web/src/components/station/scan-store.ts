/**
 * The station's queue, in IndexedDB so that it survives a reload, a closed tab or a dead battery:
 * every scan is written here first (as a draft of the current batch), committed scans wait here
 * until the server has answered, and the answer (applied, conflict, rejected) is kept with the scan
 * until the user clears it. Nothing leaves the queue without an answer from the server. Each scan
 * belongs to the user who took it; a browser shared by several people keeps each one's queue apart.
 */
import type { ScanAction } from '../../api/scans';
import type { StockLine } from './stock-lines';

export type QueuedState = 'draft' | 'queued' | 'applied' | 'conflict' | 'rejected';

export interface QueuedScan {
  clientId: string;
  /**
   * Who scanned it: only that user's session sends it, so scans queued before someone else signs in
   * on this browser are never applied under the other person's name.
   */
  userId: string;
  /** Their name, for the notice another user sees ("3 scans by Ada wait for Ada to sign in"). */
  userName: string;
  /** Order of scanning on this device (scan times can tie within a millisecond). */
  seq: number;
  scannedAt: string;
  /** An asset action, or 'stock': a line of quantity-tracked stock (see `stock`). */
  action: ScanAction | 'stock';
  /** The asset's code as scanned; for a stock line, the model's. */
  code: string;
  target?: string | undefined;
  requestReference?: string | undefined;
  /** A stock line: the location, model, quantity and recipient, and the on-hand the server answered. */
  stock?: StockLine | undefined;
  /** What the station showed when it was scanned: the item's name and what will happen. */
  summary: string;
  state: QueuedState;
  /** The server's answer once sent. */
  message?: string | undefined;
}

const DB_NAME = 'quartermaster-station';
const STORE = 'scans';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'clientId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB could not be opened.'));
    };
  });
  return opening;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted.'));
  });
}

/** Scans kept before scans recorded who took them: they carry no owner yet. */
type StoredScan = Omit<QueuedScan, 'userId' | 'userName'> & Partial<Pick<QueuedScan, 'userId' | 'userName'>>;

export async function allScans(): Promise<StoredScan[]> {
  const db = await open();
  const rows = await new Promise<StoredScan[]>((resolve, reject) => {
    const request = db.transaction(STORE).objectStore(STORE).getAll();
    request.onsuccess = () => resolve(request.result as StoredScan[]);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed.'));
  });
  return rows.sort((a, b) => a.seq - b.seq);
}

export interface OtherAccountScans {
  userName: string;
  /** Drafts and committed scans not yet answered: what would be lost or sent wrongly. */
  pending: number;
}

/**
 * Splits what this browser keeps into the signed-in user's scans and, per other account, how many
 * wait for that account. Scans without an owner (kept before owners were recorded) go to the first
 * user who opens the station: before that, the station sent them under whoever was signed in.
 */
export function splitByOwner(
  rows: readonly StoredScan[],
  user: { id: string; name: string },
): { mine: QueuedScan[]; adopted: QueuedScan[]; others: OtherAccountScans[] } {
  const mine: QueuedScan[] = [];
  const adopted: QueuedScan[] = [];
  const others = new Map<string, OtherAccountScans>();
  for (const row of rows) {
    if (row.userId === undefined) {
      const owned = { ...row, userId: user.id, userName: user.name };
      adopted.push(owned);
      mine.push(owned);
    } else if (row.userId === user.id) {
      mine.push(row as QueuedScan);
    } else if (row.state === 'draft' || row.state === 'queued') {
      const other = others.get(row.userId) ?? { userName: row.userName ?? 'another user', pending: 0 };
      other.pending += 1;
      others.set(row.userId, other);
    }
  }
  return { mine, adopted, others: [...others.values()] };
}

/** How many of this user's scans are not yet answered by the server (drafts and queued). */
export async function pendingFor(userId: string): Promise<number> {
  const rows = await allScans();
  return rows.filter((r) => r.userId === userId && (r.state === 'draft' || r.state === 'queued')).length;
}

export async function putScans(rows: readonly QueuedScan[]): Promise<void> {
  if (rows.length === 0) return;
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  for (const row of rows) store.put(row);
  await done(tx);
}

export async function deleteScans(clientIds: readonly string[]): Promise<void> {
  if (clientIds.length === 0) return;
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  for (const id of clientIds) store.delete(id);
  await done(tx);
}

/** This browser's station id, for the history ("scanned at station ..."). */
export function deviceId(): string {
  const key = 'qm-station-device';
  let id = localStorage.getItem(key);
  if (!id) {
    id = `station-${crypto.randomUUID().slice(0, 8)}`;
    localStorage.setItem(key, id);
  }
  return id;
}
