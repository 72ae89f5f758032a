/**
 * Scans from the station: POST /scans applies a batch once per client id, in scan-time order, and
 * answers per scan. The station keeps its queue in IndexedDB (components/station/scan-store) and
 * sends it here whenever it can.
 */
import { api, unwrap } from './client';
import type { components } from '../../../src/client/create-client';

export type ScanResult = components['schemas']['ScanResult'];
export type ScanAction = 'move' | 'check_out' | 'check_in' | 'send_to_repair' | 'return_from_repair' | 'mark_found';

export interface ScanToSend {
  clientId: string;
  scannedAt: string;
  action: ScanAction;
  code: string;
  target?: string | undefined;
  requestReference?: string | undefined;
}

export async function sendScans(deviceId: string, scans: ScanToSend[]): Promise<ScanResult[]> {
  const body = {
    deviceId,
    scans: scans.map((s) => ({
      clientId: s.clientId,
      scannedAt: s.scannedAt,
      action: s.action,
      code: s.code,
      ...(s.target ? { target: s.target } : {}),
      ...(s.requestReference ? { requestReference: s.requestReference } : {}),
    })),
  };
  const { results } = await unwrap(api.POST('/api/v1/scans', { body }));
  return results;
}

export type BatchFileResult = components['schemas']['BatchFileResult'];
export type BatchFileAction = 'move' | 'check_in' | 'return_from_repair' | 'mark_found';

/** A handheld scanner's batch file: a location code sets where the following assets go. */
export function importBatchFile(content: string, action: BatchFileAction, deviceId: string): Promise<BatchFileResult> {
  const offset = -new Date().getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const utcOffset = `${offset < 0 ? '-' : '+'}${pad(offset / 60)}:${pad(offset % 60)}`;
  return unwrap(api.POST('/api/v1/scans/batch-file', { body: { content, action, utcOffset, deviceId } }));
}

export type StockScanResult = components['schemas']['StockScanResult'];

export interface StockLineToSend {
  clientId: string;
  scannedAt: string;
  kind: 'receive' | 'issue' | 'transfer' | 'count';
  location: string;
  model: string;
  quantity: number;
  to?: string | undefined;
}

/** Stock lines scanned at the station: applied once per client id, answered with the on-hand. */
export async function sendStockScans(deviceId: string, lines: StockLineToSend[]): Promise<StockScanResult[]> {
  const body = {
    deviceId,
    lines: lines.map((l) => ({
      clientId: l.clientId,
      scannedAt: l.scannedAt,
      kind: l.kind,
      location: l.location,
      model: l.model,
      quantity: l.quantity,
      ...(l.to ? { to: l.to } : {}),
    })),
  };
  const { results } = await unwrap(api.POST('/api/v1/scans/stock', { body }));
  return results;
}
