/** Reports are written by the one table writer every export uses (see exports/table-file.ts). */
export { CONTENT_TYPES, tableWriter, type ExportFormat, type TableWriter } from '../exports/table-file.js';
