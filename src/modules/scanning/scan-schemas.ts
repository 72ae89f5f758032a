/** What a station sends (a batch of scans) and what it gets back (an answer per scan). */
import { z } from 'zod';

export const SCAN_ACTIONS = [
  'move',
  'check_out',
  'check_in',
  'send_to_repair',
  'return_from_repair',
  'mark_found',
] as const;
export type ScanAction = (typeof SCAN_ACTIONS)[number];

export const scanInput = z.object({
  clientId: z.uuid().describe('Made by the station for each scan; a scan sent again with the same id is applied once.'),
  scannedAt: z.iso.datetime({ offset: true }).describe('When it was scanned (scans apply in this order).'),
  action: z.enum(SCAN_ACTIONS),
  code: z.string().min(1).max(2000).describe("The asset's code as scanned: tag, serial, our QR link or GS1."),
  target: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .describe('What was scanned before it: the location (move, check in, return, found) or the person (check out).'),
  requestReference: z.string().trim().max(100).optional(),
});
export type ScanIn = z.infer<typeof scanInput>;

export const scanBatchInput = z.object({
  deviceId: z.string().max(100).optional().describe('Which station sent the batch, for the history.'),
  scans: z.array(scanInput).min(1).max(10_000),
});

export const scanResultSchema = z
  .object({
    clientId: z.uuid(),
    outcome: z.enum(['applied', 'conflict', 'rejected']),
    message: z.string(),
    assetId: z.uuid().nullable(),
    replayed: z.boolean().describe('This scan was already received; this is the answer it got then.'),
  })
  .meta({ id: 'ScanResult' });
export type ScanResultView = z.infer<typeof scanResultSchema>;
