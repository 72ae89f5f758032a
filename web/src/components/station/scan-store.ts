/**
 * The station's queue, in IndexedDB so that it survives a reload, a closed tab or a dead battery:
 * every scan is written here first (as a draft of the current batch), committed scans wait here
 * until the server has answered, and the answer (applied, conflict, rejected) is kept with the scan
 * until the user clears it. Nothing leaves the queue without an answer from the server.
 */
import type { ScanAction } from '../../api/scans';

export type QueuedState = 'draft' | 'queued' | 'applied' | 'conflict' | 'rejected';

export interface QueuedScan {
  clientId: string;
  /** Order of scanning on this device (scan times can tie within a millisecond). */
  seq: number;
  scannedAt: string;
  action: ScanAction;
  code: string;
  target?: string | undefined;
  requestReference?: string | undefined;
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

export async function allScans(): Promise<QueuedScan[]> {
  const db = await open();
  const rows = await new Promise<QueuedScan[]>((resolve, reject) => {
    const request = db.transaction(STORE).objectStore(STORE).getAll();
    request.onsuccess = () => resolve(request.result as QueuedScan[]);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed.'));
  });
  return rows.sort((a, b) => a.seq - b.seq);
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
