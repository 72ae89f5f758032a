#!/usr/bin/env node
// `qm`: in a checkout (where tsx is installed) runs the CLI from source, so it is never stale;
// in an installed copy runs the compiled CLI.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = new URL('../src/cli/qm.ts', import.meta.url);
const compiled = new URL('../dist/cli/qm.js', import.meta.url);

let tsx;
if (existsSync(fileURLToPath(source))) {
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    tsx = undefined;
  }
}
if (tsx) {
  tsx.register();
  await import(source.href);
} else if (existsSync(fileURLToPath(compiled))) {
  await import(compiled.href);
} else {
  console.error('Quartermaster is not built yet: run `npm run build` (npm start does it for you).');
  process.exit(1);
}
