/**
 * Writes openapi.json (committed, so a diff shows a changed contract) and the typed client's
 * schema. With --check, fails when either is out of date instead of writing.
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../src/platform/http/openapi-document.js';

const root = path.resolve(import.meta.dirname, '..');
const specFile = path.join(root, 'openapi.json');
const typesFile = path.join(root, 'src/client/api-schema.d.ts');
const check = process.argv.includes('--check');

const document = await buildOpenApiDocument();
const spec = `${JSON.stringify(document, null, 2)}\n`;
const ast = await openapiTS(JSON.parse(spec) as Parameters<typeof openapiTS>[0]);
const types = `/* Generated from openapi.json by \`npm run openapi\`. Do not edit. */\n${astToString(ast)}`;

if (check) {
  const stale = [
    [specFile, spec],
    [typesFile, types],
  ].filter(([file, content]) => !fs.existsSync(file!) || fs.readFileSync(file!, 'utf8') !== content);
  if (stale.length > 0) {
    console.error(
      `Out of date: ${stale.map(([f]) => path.relative(root, f!)).join(', ')}. Run npm run openapi and commit the result.`,
    );
    process.exit(1);
  }
  console.log('openapi.json and the client schema are up to date.');
} else {
  fs.writeFileSync(specFile, spec);
  fs.writeFileSync(typesFile, types);
  console.log(`Wrote ${path.relative(root, specFile)} and ${path.relative(root, typesFile)}.`);
}
