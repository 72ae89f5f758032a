/** Data access for people (employees and contractors; not users). No rules here. */
import { and, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { locations, users } from '../../platform/db/schema.js';
import { assetEvents, assets, departments, models, people } from '../../platform/db/registry-schema.js';
import { keyset, type Sort } from '../../platform/http/pagination.js';
import { pathInScope, type ResolvedScope } from '../locations/location-scope.js';
import { escapeLike } from '../../platform/db/like.js';

export type PersonRow = typeof people.$inferSelect;
export const PERSON_STATUSES = ['active', 'leaving', 'left'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Enough of a person to refer to them, with the path of their location for scope checks. */
export interface PersonRef {
  id: string;
  name: string;
  email: string | null;
  status: PersonStatus;
  managerId: string | null;
  locationId: string | null;
  locationPath: string | null;
}

/**
 * Whether a person is visible with a scope: everyone for an unlimited scope; for a role limited to
 * some subtrees, the people located inside them (people without a location are not visible then).
 */
export function personVisible(scope: ResolvedScope, locationPath: string | null): boolean {
  if (scope.kind === 'all') return true;
  return locationPath !== null && pathInScope(scope, locationPath);
}

export async function findPersonRef(db: Db, id: string): Promise<PersonRef | undefined> {
  const [row] = await db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      status: people.status,
      managerId: people.managerId,
      locationId: people.locationId,
      locationPath: locations.path,
    })
    .from(people)
    .leftJoin(locations, eq(locations.id, people.locationId))
    .where(eq(people.id, id));
  return row;
}

export async function findPersonRefs(db: Db, ids: string[]): Promise<Map<string, PersonRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      status: people.status,
      managerId: people.managerId,
      locationId: people.locationId,
      locationPath: locations.path,
    })
    .from(people)
    .leftJoin(locations, eq(locations.id, people.locationId))
    .where(inArray(people.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function lockPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, id)).for('update');
  return row;
}

export async function findPersonByEmail(db: Db, email: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(sql`${people.email} is not null and lower(${people.email}) = ${email.trim().toLowerCase()}`);
  return row;
}

export async function findPersonByEmployeeNumber(db: Db, employeeNumber: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(
      sql`${people.employeeNumber} is not null and lower(${people.employeeNumber}) = ${employeeNumber.trim().toLowerCase()}`,
    );
  return row;
}

export async function findPersonByUser(db: Db, userId: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.userId, userId));
  return row;
}

export async function insertPerson(db: Db, values: typeof people.$inferInsert): Promise<PersonRow> {
  const [row] = await db.insert(people).values(values).returning();
  return row!;
}

/** Updates when the version matches; undefined when someone else changed the person first. */
export async function updatePersonVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof people.$inferInsert>,
): Promise<PersonRow | undefined> {
  const [row] = await db
    .update(people)
    .set({ ...values, version: sql`${people.version} + 1`, updatedAt: new Date() })
    .where(and(eq(people.id, id), eq(people.version, version)))
    .returning();
  return row;
}

/**
 * Whether making `managerId` the manager of `personId` would close a loop: walks up the chain of
 * managers from `managerId` and reports whether it reaches `personId`.
 */
export async function managerChainReaches(db: Db, managerId: string, personId: string): Promise<boolean> {
  const rows = await queryRows<{ found: boolean }>(
    db,
    sql`with recursive chain(id, manager_id, steps) as (
          select id, manager_id, 0 from ${people} where id = ${managerId}
          union all
          select p.id, p.manager_id, c.steps + 1 from ${people} p join chain c on p.id = c.manager_id
          where c.steps < 1000 and c.id <> ${personId}
        )
        select exists (select 1 from chain where id = ${personId}) as found`,
  );
  return rows[0]?.found === true;
}

// ---------------------------------------------------------------------------------------------
// Lists and views

const manager = alias(people, 'manager');
const managerLocation = alias(locations, 'manager_location');

/** A person with the names of what they point at, for lists and the detail view. */
export type PersonWithRefs = PersonRow & {
  departmentName: string | null;
  locationCode: string | null;
  locationName: string | null;
  locationPath: string | null;
  managerName: string | null;
  managerLocationPath: string | null;
  userEmail: string | null;
};

function selectPeopleWithRefs(db: Db, sortKey: SQL<string> = sql<string>`''`) {
  return db
    .select({
      sortKey,
      ...getTableColumns(people),
      departmentName: departments.name,
      locationCode: locations.code,
      locationName: locations.name,
      locationPath: locations.path,
      managerName: manager.name,
      managerLocationPath: managerLocation.path,
      userEmail: users.email,
    })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(locations, eq(locations.id, people.locationId))
    .leftJoin(manager, eq(manager.id, people.managerId))
    .leftJoin(managerLocation, eq(managerLocation.id, manager.locationId))
    .leftJoin(users, eq(users.id, people.userId));
}

export async function findPersonWithRefs(db: Db, id: string): Promise<PersonWithRefs | undefined> {
  const [row] = await selectPeopleWithRefs(db).where(eq(people.id, id));
  return row;
}

export const personSortColumns = {
  name: sql`lower(${people.name})`,
  employeeNumber: sql`coalesce(lower(${people.employeeNumber}), '')`,
  startDate: sql`coalesce(${people.startDate}, '0001-01-01'::date)`,
} as const;

export interface PeopleListQuery {
  q?: string | undefined;
  departmentId?: string | undefined;
  /** Only people located in this subtree (the location's path). */
  locationPath?: string | undefined;
  status?: PersonStatus | undefined;
  managerId?: string | undefined;
  remote?: boolean | undefined;
  /** The caller's visibility. */
  visible?: SQL | undefined;
  sort: Sort;
  cursor: unknown[] | undefined;
  limit: number;
}

/** A listed person, with the value of the sort key as the database computed it (for the cursor). */
export type ListedPerson = PersonWithRefs & { sortKey: string };

/** What the list's filters ask, as conditions on `people`. */
function peopleFilters(query: Omit<PeopleListQuery, 'sort' | 'cursor' | 'limit'>): (SQL | undefined)[] {
  const filters: (SQL | undefined)[] = [query.visible];
  if (query.q) {
    const pattern = `%${escapeLike(query.q.toLowerCase())}%`;
    filters.push(
      // Both expressions match trigram indexes (people_name_trgm, people_ids_trgm).
      sql`(lower(${people.name}) like ${pattern} or lower(coalesce(${people.email}, '') || ' ' || coalesce(${people.employeeNumber}, '')) like ${pattern})`,
    );
  }
  if (query.departmentId) filters.push(eq(people.departmentId, query.departmentId));
  if (query.locationPath) {
    filters.push(
      sql`${people.locationId} in (select sub.id from ${locations} sub where sub.path like ${`${query.locationPath}%`})`,
    );
  }
  if (query.status) filters.push(eq(people.status, query.status));
  if (query.managerId) filters.push(eq(people.managerId, query.managerId));
  if (query.remote !== undefined) filters.push(eq(people.remote, query.remote));
  return filters;
}

export async function listPeople(db: Db, query: PeopleListQuery): Promise<ListedPerson[]> {
  const column = personSortColumns[query.sort.field as keyof typeof personSortColumns] ?? personSortColumns.name;
  const page = keyset(column, people.id, query.sort, query.cursor);
  return selectPeopleWithRefs(db, sql<string>`${column}::text`)
    .where(and(page.where, ...peopleFilters(query)))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
}

/** Counting people stops here: beyond it the list says "more than". */
export const PEOPLE_COUNT_CAP = 10_000;

/** How many people the list's filters match, exactly up to `PEOPLE_COUNT_CAP`. */
export async function countPeople(
  db: Db,
  query: Omit<PeopleListQuery, 'sort' | 'cursor' | 'limit'>,
): Promise<{ count: number; exact: boolean }> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from ${people}
        where ${and(...peopleFilters(query)) ?? sql`true`} limit ${PEOPLE_COUNT_CAP + 1}) hits`,
  );
  const n = row?.n ?? 0;
  return n > PEOPLE_COUNT_CAP ? { count: PEOPLE_COUNT_CAP, exact: false } : { count: n, exact: true };
}

/** The values of a row's sort key, for its cursor. */
export function personCursor(row: ListedPerson): unknown[] {
  return [row.sortKey, row.id];
}

export interface HeldAsset {
  id: string;
  tag: string;
  name: string | null;
  modelName: string;
  status: string;
  since: Date | null;
}

/** Assets assigned to a person now, with when they got them (their latest assignment event). */
export async function assetsHeldBy(db: Db, personId: string, limit = 500): Promise<HeldAsset[]> {
  const since = sql<Date | null>`(select max(e.occurred_at) from ${assetEvents} e
    where e.asset_id = "assets"."id" and e.assignee_to ->> 'type' = 'person' and e.assignee_to ->> 'id' = ${personId})`;
  const rows = await db
    .select({
      id: assets.id,
      tag: assets.tag,
      name: assets.name,
      modelName: models.name,
      status: assets.status,
      since,
    })
    .from(assets)
    .innerJoin(models, eq(models.id, assets.modelId))
    .where(eq(assets.assignedPersonId, personId))
    .orderBy(assets.tag)
    .limit(limit);
  // Raw subquery results come back as strings on one driver and Dates on the other.
  return rows.map((r) => ({ ...r, since: r.since ? new Date(r.since) : null }));
}

export interface PastAsset {
  id: string;
  tag: string;
  modelName: string;
  from: Date | null;
  to: Date;
}

/**
 * Assets a person held before: every event that took an asset away from them, with when they had
 * got it. The candidates come from the indexed "assigned to" events, so this stays an index lookup.
 */
export async function assetsHeldBefore(db: Db, personId: string, limit = 200): Promise<PastAsset[]> {
  const rows = await queryRows<{
    id: string;
    tag: string;
    model_name: string;
    from: string | Date | null;
    to: string | Date;
  }>(
    db,
    sql`select a.id, a.tag, m.name as model_name, e.occurred_at as "to",
          (select max(t.occurred_at) from ${assetEvents} t
            where t.asset_id = e.asset_id and t.id < e.id and t.assignee_to ->> 'type' = 'person'
              and t.assignee_to ->> 'id' = ${personId}) as "from"
        from ${assetEvents} e
        join ${assets} a on a.id = e.asset_id
        join ${models} m on m.id = a.model_id
        where e.asset_id in (
            select asset_id from ${assetEvents}
            where assignee_to is not null and (assignee_to ->> 'id') = ${personId})
          and e.assignee_from ->> 'type' = 'person' and e.assignee_from ->> 'id' = ${personId}
        order by e.occurred_at desc, e.id desc
        limit ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    tag: r.tag,
    modelName: r.model_name,
    from: r.from ? new Date(r.from) : null,
    to: new Date(r.to),
  }));
}
