import type { Command } from 'commander';
import { sealAuditLog } from '../../modules/audit/audit-seal.js';
import { verifyAuditLog, type VerifyReport } from '../../modules/audit/audit-verify.js';
import { action, apiClient, CliError, print, unwrap, withServices, type GlobalOptions } from '../cli-kit.js';
import { progressPrinter } from '../progress.js';

/** Exit status 2 says "the chain is broken", distinct from 1 for "could not check". */
export const EXIT_CHAIN_BROKEN = 2;

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('The tamper-evident audit log');
  audit
    .command('verify')
    .description('Walk the hash chain; exit 2 naming the first entry altered, deleted or inserted')
    .action(
      action(async (_opts, command: Command) => {
        const o = command.optsWithGlobals<GlobalOptions>();
        let report: VerifyReport;
        if (o.url) {
          report = await verifyOnServer(o);
        } else {
          report = await withServices(o, async (s) => {
            await sealAuditLog(s.db, s.auditKey);
            const progress = progressPrinter('Verifying', o.json === true);
            const result = await verifyAuditLog(s.db, s.auditKey, (done, total) => progress(done, total));
            progress.done();
            return result;
          });
        }
        print(o, report, () =>
          report.ok
            ? `Audit chain intact: ${report.checked.toLocaleString('en')} entries verified` +
              (report.unsealed ? `, ${report.unsealed} not sealed yet (signatures valid).` : '.')
            : [
                `Audit chain BROKEN: ${report.firstProblem?.message}`,
                ...report.problems.slice(1).map((p) => `  also: ${p.message}`),
              ].join('\n'),
        );
        if (!report.ok) process.exitCode = EXIT_CHAIN_BROKEN;
      }),
    );
}

/** On a running server, verification runs as a background job; we follow its progress. */
async function verifyOnServer(o: GlobalOptions): Promise<VerifyReport> {
  const client = apiClient(o);
  let job = unwrap(await client.POST('/api/v1/audit/verify-jobs'));
  const progress = progressPrinter('Verifying', o.json === true);
  while (job.status === 'queued' || job.status === 'running') {
    await new Promise((r) => setTimeout(r, 500));
    job = unwrap(await client.GET('/api/v1/jobs/{id}', { params: { path: { id: job.id } } }));
    progress(job.progressDone, job.progressTotal);
  }
  progress.done();
  if (job.status !== 'completed')
    throw new CliError(`The verification job ${job.status}: ${job.error ?? job.message ?? ''}`);
  return job.result as VerifyReport;
}
