import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { importBatchFile, type BatchFileResult } from '../../modules/scanning/import-batch-file.js';
import {
  action,
  apiClient,
  CliError,
  cliContext,
  print,
  unwrap,
  withServices,
  type GlobalOptions,
} from '../cli-kit.js';

function localOffset(): string {
  const minutes = -new Date().getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function registerScanCommands(program: Command) {
  const scans = program.command('scans').description('Scans from handheld scanners');
  scans
    .command('import')
    .description("Apply a handheld scanner's batch file (a location code sets where the following assets go)")
    .argument('<file>', 'the batch file (CSV or text: "time,code" or "code" per line)')
    .addOption(
      new Option('--action <action>', 'what the scans do')
        .choices(['move', 'check_in', 'return_from_repair', 'mark_found'])
        .default('move')
        .env('QM_SCAN_ACTION'),
    )
    .addOption(
      new Option(
        '--utc-offset <offset>',
        "the scanner's UTC offset for times without one (default: this machine's)",
      ).env('QM_SCAN_UTC_OFFSET'),
    )
    .addOption(
      new Option('--date-order <order>', 'how to read dates like 03/04/2024')
        .choices(['DMY', 'MDY'])
        .env('QM_SCAN_DATE_ORDER'),
    )
    .action(
      action(async (file: string, _opts, command: Command) => {
        const o = command.optsWithGlobals<
          GlobalOptions & {
            action: 'move' | 'check_in' | 'return_from_repair' | 'mark_found';
            utcOffset?: string;
            dateOrder?: 'DMY' | 'MDY';
          }
        >();
        if (!fs.existsSync(file)) throw new CliError(`No such file: ${file}`);
        const content = fs.readFileSync(file, 'utf8');
        const body = {
          content,
          action: o.action,
          utcOffset: o.utcOffset ?? localOffset(),
          deviceId: `file:${file}`,
          ...(o.dateOrder ? { dateOrder: o.dateOrder } : {}),
        };
        const result: BatchFileResult = o.url
          ? unwrap(await apiClient(o).POST('/api/v1/scans/batch-file', { body }))
          : await withServices(o, (s) => importBatchFile(s, cliContext(), body));
        print(o, result, () =>
          [
            ...result.lines
              .filter((l) => l.outcome !== 'applied' && l.outcome !== 'location')
              .map((l) => `line ${l.line} (${l.code || 'unreadable'}): ${l.outcome}: ${l.message}`),
            `${result.applied} applied, ${result.problems} not applied, of ${result.lines.length} lines.`,
          ].join('\n'),
        );
        if (result.problems > 0) process.exitCode = 2;
      }),
    );
}
