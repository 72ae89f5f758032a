/**
 * Reading people. A role limited to some subtrees sees the people located inside them; people
 * without a location are visible only to organisation-wide roles. A person's manager shows only
 * when the caller can see the manager too.
 */
import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/database.js';
import { people } from '../../../platform/db/registry-schema.js';
import { invalidInput, notFound } from '../../../platform/http/errors.js';
import {
  cursorSchema,
  decodeCursor,
  limitSchema,
  parseSort,
  sortSchema,
  toPage,
} from '../../../platform/http/pagination.js';
import { findLocation, locationRefs } from '../../locations/locations-repository.js';
import { locationIdInScope, pathIds, resolveScope, type ResolvedScope } from '../../locations/location-scope.js';
import { ancestorsFromPath } from '../../locations/location-presenter.js';
import { visibleTo } from '../../locations/use-cases/location-rules.js';
import {
  PERSON_STATUSES,
  assetsHeldBefore,
  assetsHeldBy,
  countPeople,
  findPersonWithRefs,
  listPeople,
  personCursor,
  personVisible,
  type PersonWithRefs,
} from '../people-repository.js';
import { presentPerson, presentPersonDetail, type PersonDetailView } from '../person-presenter.js';

export const listPeopleQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Part of the name, e-mail or employee number.'),
  departmentId: z.uuid().optional(),
  locationId: z.uuid().optional().describe('People located at this location or anywhere below it.'),
  status: z.enum(PERSON_STATUSES).optional(),
  managerId: z.uuid().optional().describe('Direct reports of this person.'),
  remote: z.stringbool().optional(),
  sort: sortSchema(['name', 'employeeNumber', 'startDate'], 'name'),
  limit: limitSchema,
  cursor: cursorSchema,
});
/** Parsed (the route validates the query string). */
export type ListPeopleQuery = z.output<typeof listPeopleQuery>;

/** The list's filters as the repository takes them, with the caller's visibility. */
export async function peopleQueryFor(
  s: Services,
  ctx: ActionContext,
  query: Omit<ListPeopleQuery, 'sort' | 'cursor' | 'limit'>,
) {
  const scope = await resolveScope(s.db, ctx, 'inventory.read');
  let locationPath: string | undefined;
  if (query.locationId) {
    const location = await findLocation(s.db, query.locationId);
    if (!location || !visibleTo(scope, location.path)) {
      throw invalidInput('/query/locationId', 'There is no location with this id.');
    }
    locationPath = location.path;
  }
  return {
    scope,
    filters: {
      q: query.q || undefined,
      departmentId: query.departmentId,
      locationPath,
      status: query.status,
      managerId: query.managerId,
      remote: query.remote,
      visible: locationIdInScope(people.locationId, scope),
    },
  };
}

export async function listPeopleFor(s: Services, ctx: ActionContext, query: ListPeopleQuery) {
  const { scope, filters } = await peopleQueryFor(s, ctx, query);
  const sort = parseSort(query.sort);
  const rows = await listPeople(s.db, { ...filters, sort, cursor: decodeCursor(query.cursor, 2), limit: query.limit });
  const page = toPage(rows, query.limit, personCursor);
  return {
    items: page.items.map((r) => presentPerson(r, personVisible(scope, r.managerLocationPath))),
    nextCursor: page.nextCursor,
  };
}

export const countPeopleQuery = listPeopleQuery.omit({ sort: true, limit: true, cursor: true });

/** How many people the list would show (exact up to `PEOPLE_COUNT_CAP`). */
export async function countPeopleFor(s: Services, ctx: ActionContext, query: z.output<typeof countPeopleQuery>) {
  const { filters } = await peopleQueryFor(s, ctx, query);
  return countPeople(s.db, filters);
}

export async function getPerson(s: Services, ctx: ActionContext, id: string): Promise<PersonDetailView> {
  const scope = await resolveScope(s.db, ctx, 'inventory.read');
  return personDetail(s.db, scope, id);
}

/** A person with their department, manager, location breadcrumb, user and assets; 404 when not visible. */
export async function personDetail(db: Db, scope: ResolvedScope, id: string): Promise<PersonDetailView> {
  const row: PersonWithRefs | undefined = await findPersonWithRefs(db, id);
  if (!row || !personVisible(scope, row.locationPath)) throw notFound('The person');
  // One after the other: `db` may be a transaction, which runs one query at a time.
  const refs = await locationRefs(db, row.locationPath ? pathIds(row.locationPath).slice(0, -1) : []);
  const held = await assetsHeldBy(db, id);
  const before = await assetsHeldBefore(db, id);
  return presentPersonDetail(row, {
    showManager: personVisible(scope, row.managerLocationPath),
    ancestors: row.locationPath ? ancestorsFromPath(row.locationPath, refs) : [],
    held,
    before,
  });
}
