/** Runs an import of a file straight through the runner, for the integration tests of each type. */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { TestEnv } from './harness.js';
import type { ActionContext } from '../../src/platform/context.js';
import { imports } from '../../src/platform/db/schema-all.js';
import { readSpreadsheet } from '../../src/modules/imports/reading/read-spreadsheet.js';
import { autoMap } from '../../src/modules/imports/mapping/column-mapping.js';
import type { ImportTypeKey } from '../../src/modules/imports/mapping/import-types.js';
import { runRecordImport } from '../../src/modules/imports/commit/run-record-import.js';
import type { RunSummary } from '../../src/modules/imports/commit/run-asset-import.js';

export const SNIPE = path.resolve(
  process.env.QM_FIXTURES ?? path.resolve(import.meta.dirname, '../../../shared/fixtures'),
  'snipe-it',
);

export function adminContext(userId: string, label: string): ActionContext {
  return {
    actor: {
      type: 'user',
      userId,
      tokenId: null,
      label,
      grants: [{ role: 'admin', locationId: null }],
      readOnly: false,
    },
    source: 'import',
    requestId: null,
  };
}

export async function runFile(
  env: TestEnv,
  ctx: ActionContext,
  type: ImportTypeKey,
  file: string,
  options: { dryRun?: boolean; skipBadRows?: boolean; preset?: boolean } = {},
): Promise<RunSummary & { importId: string }> {
  const filePath = path.isAbsolute(file) ? file : path.join(SNIPE, file);
  const sheet = await readSpreadsheet(createReadStream(filePath));
  const mapping = autoMap(type, sheet.headers, options.preset === false ? {} : { preset: 'snipe-it' });
  const [row] = await env.db
    .insert(imports)
    .values({ importType: type, fileName: path.basename(file), fileBytes: 1, mapping, createdBy: ctx.actor.userId })
    .returning();
  const summary = await runRecordImport(
    env.services,
    ctx,
    {
      importId: row!.id,
      filePath,
      fileName: path.basename(file),
      mapping,
      dryRun: options.dryRun ?? false,
      skipBadRows: options.skipBadRows ?? false,
    },
    async () => {},
  );
  return { ...summary, importId: row!.id };
}
