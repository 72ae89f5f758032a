/**
 * The location tree as a table: every location the caller's scope covers (or one subtree of it),
 * parents before children, with the import's column names so the file imports back in one pass.
 */
import { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { locations } from '../../platform/db/schema-all.js';
import { notFound } from '../../platform/http/errors.js';
import { findLocation } from '../locations/locations-repository.js';
import { pathScopeCondition, resolveScope } from '../locations/location-scope.js';
import { visibleTo } from '../locations/use-cases/location-rules.js';
import { listLocationsFlat, type LocationExportRow } from './export-repository.js';
import { importHeader } from './import-headers.js';
import { keysetPages, type Column, type ExportTable } from './tabular-export.js';

export const locationExportQuery = z.object({
  parentId: z.uuid().optional().describe('Only this location and everything below it; the whole tree when left out.'),
  q: z.string().trim().max(200).optional().describe('Part of the name or code (what the page’s search shows).'),
  includeArchived: z.stringbool().default(false),
});

const header = (key: string) => importHeader('locations', key);

const COLUMNS: Column<LocationExportRow>[] = [
  { header: header('code'), value: (l) => l.code },
  { header: header('name'), value: (l) => l.name },
  { header: header('parent'), value: (l) => l.parentCode },
  { header: header('kind'), value: (l) => l.kind },
  { header: header('address'), value: (l) => l.address },
  { header: header('managerName'), value: (l) => l.managerName },
  { header: header('managerEmail'), value: (l) => l.managerEmail },
  { header: header('notes'), value: (l) => l.notes },
  { header: 'Archived', value: (l) => (l.archivedAt ? 'yes' : null) },
];

export async function locationTable(
  s: Services,
  ctx: ActionContext,
  q: z.output<typeof locationExportQuery>,
): Promise<ExportTable<LocationExportRow>> {
  const scope = await resolveScope(s.db, ctx, 'inventory.read');
  let underPath: string | undefined;
  if (q.parentId) {
    const parent = await findLocation(s.db, q.parentId);
    if (!parent || !visibleTo(scope, parent.path)) throw notFound('The location');
    underPath = parent.path;
  }
  const visible = pathScopeCondition(locations.path, scope);
  return {
    name: 'locations',
    sheet: 'Locations',
    columns: COLUMNS,
    pages: keysetPages(
      (cursor, limit) =>
        listLocationsFlat(s.db, {
          underPath,
          q: q.q || undefined,
          includeArchived: q.includeArchived,
          visible,
          cursor,
          limit,
        }),
      (l) => [l.depth, l.sortName, l.id],
    ),
  };
}
