/**
 * Batch files from handheld scanners in batch mode: lines of a time and a code (or just a code). A
 * location code switches the current location; each asset code after it is an action at that
 * location (a move by default). The lines go through the same pipeline as a station's scans, with a
 * client id derived from the file's content and the line, so importing the same file again applies
 * nothing twice.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { parseBatchFile } from '../../domain/scan/parse-scan.js';
import { lookupCode } from './lookup.js';
import { applyScans } from './apply-scans.js';
import { scanResultSchema, type ScanResultView } from './scan-schemas.js';

export const batchFileInput = z.object({
  content: z.string().min(1).max(5_000_000).describe('The file as text.'),
  action: z.enum(['move', 'check_in', 'return_from_repair', 'mark_found']).default('move'),
  utcOffset: z
    .string()
    .regex(/^(Z|[+-]\d{2}:\d{2})$/)
    .optional()
    .describe('The scanner’s UTC offset for times written without one (e.g. "+01:00"); UTC otherwise.'),
  dateOrder: z
    .enum(['DMY', 'MDY'])
    .optional()
    .describe('How to read dates like 03/04/2024 when the file does not show it.'),
  deviceId: z.string().max(100).optional(),
});

export const batchFileResultSchema = z
  .object({
    lines: z.array(
      z.object({
        line: z.number().int(),
        code: z.string(),
        outcome: z.enum(['location', 'applied', 'conflict', 'rejected', 'unreadable']),
        message: z.string(),
        result: scanResultSchema.nullable(),
      }),
    ),
    applied: z.number().int(),
    problems: z.number().int().describe('Lines that were not applied: conflicts, rejections and unreadable lines.'),
  })
  .meta({ id: 'BatchFileResult' });
export type BatchFileResult = z.infer<typeof batchFileResultSchema>;

/** A stable UUID for a line of a file: the same file imported twice gives the same ids. */
function lineId(fileHash: string, line: number): string {
  const h = createHash('sha256').update(`${fileHash}:${line}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function withOffset(scannedAt: string | undefined, utcOffset: string | undefined, fallback: string): string {
  if (!scannedAt) return fallback;
  if (/[zZ]|[+-]\d{2}:\d{2}$/.test(scannedAt)) return scannedAt;
  const time = scannedAt.length === 10 ? `${scannedAt}T12:00:00` : scannedAt;
  return `${time}${utcOffset ?? 'Z'}`;
}

export async function importBatchFile(
  s: Services,
  ctx: ActionContext,
  raw: z.input<typeof batchFileInput>,
  options: { baseUrls?: string[] } = {},
): Promise<BatchFileResult> {
  const input = batchFileInput.parse(raw);
  const file = parseBatchFile(input.content, {
    ...(input.dateOrder ? { dateOrder: input.dateOrder } : {}),
    ...(input.utcOffset ? { utcOffset: input.utcOffset } : {}),
  });
  const fileHash = createHash('sha256').update(input.content).digest('hex');
  const now = new Date().toISOString();
  const out: BatchFileResult['lines'] = file.errors.map((e) => ({
    line: e.line,
    code: '',
    outcome: 'unreadable' as const,
    message: e.message,
    result: null,
  }));

  let currentLocation: string | null = null;
  const scans: { line: number; code: string; scan: Parameters<typeof applyScans>[2]['scans'][number] }[] = [];
  for (const l of file.lines) {
    const found = await lookupCode(s, ctx, l.code, options);
    if (found.match?.type === 'location') {
      currentLocation = found.match.code;
      out.push({
        line: l.line,
        code: l.code,
        outcome: 'location',
        message: `Now at ${found.match.label}.`,
        result: null,
      });
      continue;
    }
    const scan = {
      clientId: lineId(fileHash, l.line),
      scannedAt: withOffset(l.scannedAt, input.utcOffset, now),
      action: input.action,
      code: l.code,
      ...(currentLocation ? { target: currentLocation } : {}),
    };
    scans.push({ line: l.line, code: l.code, scan });
  }
  const results: ScanResultView[] = scans.length
    ? await applyScans(
        s,
        ctx,
        { ...(input.deviceId ? { deviceId: input.deviceId } : {}), scans: scans.map((x) => x.scan) },
        options,
      )
    : [];
  const byId = new Map(results.map((r) => [r.clientId, r]));
  for (const x of scans) {
    const r = byId.get(x.scan.clientId)!;
    out.push({ line: x.line, code: x.code, outcome: r.outcome, message: r.message, result: r });
  }
  out.sort((a, b) => a.line - b.line);
  return {
    lines: out,
    applied: out.filter((l) => l.outcome === 'applied').length,
    problems: out.filter((l) => l.outcome !== 'applied' && l.outcome !== 'location').length,
  };
}
