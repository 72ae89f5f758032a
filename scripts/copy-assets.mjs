// Copies what tsc does not: the SQL migrations, next to the compiled migrator.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
fs.cpSync(path.join(root, 'src/platform/db/migrations'), path.join(root, 'dist/platform/db/migrations'), {
  recursive: true,
});
