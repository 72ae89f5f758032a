import fs from 'node:fs';
import path from 'node:path';

function findVersion(): string {
  let dir = import.meta.dirname;
  for (let i = 0; i < 5; i++) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
    dir = path.dirname(dir);
  }
  return '0.0.0';
}

export const VERSION = findVersion();
