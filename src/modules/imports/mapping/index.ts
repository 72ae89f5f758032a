/**
 * From read rows to typed rows: the import types and their fields (`IMPORT_TYPES`), the column
 * mapping (`autoMap`, `assignColumn`, saved with `serialiseMapping` / `parseMapping` and reused with
 * `applySavedMapping`), the value parsers, and `validateRows`, the streaming step whose rows carry
 * typed values, problems and the lookup keys the commit step resolves in the database.
 */
export {
  IMPORT_TYPES,
  IMPORT_TYPE_KEYS,
  CUSTOM_PREFIX,
  type ImportType,
  type ImportTypeKey,
  type TargetField,
  type ValueType,
} from './import-types.js';
export { PRESETS, type Preset, type PresetKey } from './presets.js';
export {
  applySavedMapping,
  assignColumn,
  autoMap,
  mappingSchema,
  parseMapping,
  serialiseMapping,
  settingsSchema,
  type ColumnAssignment,
  type ColumnMapping,
  type DateOrder,
  type ImportSettings,
} from './column-mapping.js';
export * from './parse-values.js';
export {
  validateRows,
  type RowProblem,
  type ValidateOptions,
  type ValidatedRow,
  type ValidationReport,
} from './validate-rows.js';
export type { AssigneeKey, LocationKey, LookupKeys, PersonKey } from './row-rules.js';
