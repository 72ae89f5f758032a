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
