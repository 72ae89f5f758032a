/**
 * Export columns are named after the import's fields, so a file exported from a list imports back
 * with every column mapped by itself. Looked up, not copied: a renamed import field renames the
 * export's column, and a field that no longer exists fails as soon as the module loads.
 */
import { IMPORT_TYPES, type ImportTypeKey } from '../imports/mapping/import-types.js';

export function importHeader(type: ImportTypeKey, key: string): string {
  const field = IMPORT_TYPES[type].fields.find((f) => f.key === key);
  if (!field) throw new Error(`The ${type} import has no field ${key}.`);
  return field.label;
}
