/**
 * Departments: organisation-wide reference data (a name, an optional code and cost centre, a
 * manager). Everyone who can read the inventory sees them; changing them needs inventory.manage
 * for the whole organisation, since a department is not at a location. Archived instead of deleted
 * (people point at them); a department is archived only once nobody who has not left is in it.
 */
import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/database.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { sql } from 'drizzle-orm';
import { conflict, forbidden, notFound, staleVersion, uniqueViolation } from '../../../platform/http/errors.js';
import {
  cursorSchema,
  decodeCursor,
  limitSchema,
  parseSort,
  sortSchema,
  toPage,
} from '../../../platform/http/pagination.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { scopeOf } from '../../../domain/permissions.js';
import { locationIdInScope, resolveScope, type ResolvedScope } from '../../locations/location-scope.js';
import { optionalText } from '../../locations/use-cases/location-rules.js';
import {
  countCurrentMembers,
  departmentCursor,
  findDepartmentByCode,
  findDepartmentByName,
  findDepartmentWithCount,
  insertDepartment,
  listDepartments,
  lockDepartment,
  updateDepartmentVersioned,
  type DepartmentRow,
} from '../departments-repository.js';
import { findPersonRefs, personVisible } from '../people-repository.js';
import { auditedDepartmentFields, presentDepartment, type DepartmentView } from '../department-presenter.js';
import { checkPersonReference } from './person-rules.js';

export const createDepartmentInput = z.object({
  name: z.string().trim().min(1).max(200),
  code: optionalText(32).describe('A short code (unique whatever the case, when present).'),
  costCentre: optionalText(64),
  managerId: z.uuid().nullable().optional().describe('A person (not a user).'),
});
export type CreateDepartmentInput = z.input<typeof createDepartmentInput>;

export const updateDepartmentInput = createDepartmentInput.partial().extend({
  version: z.number().int().min(1).describe('The version you read; a stale version is refused with 409.'),
});
export type UpdateDepartmentInput = z.input<typeof updateDepartmentInput>;

export const archiveDepartmentInput = z.object({ version: z.number().int().min(1) });

export const listDepartmentsQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Part of the name or code.'),
  includeArchived: z.stringbool().default(false),
  sort: sortSchema(['name', 'code'], 'name'),
  limit: limitSchema,
  cursor: cursorSchema,
});
/** Parsed (the route validates the query string). */
export type ListDepartmentsQuery = z.output<typeof listDepartmentsQuery>;

/** Which people the caller can see, as a condition on `people` (for counts). */
export function peopleVisibility(scope: ResolvedScope) {
  // Used inside a select-list subquery over people: the column is written out qualified.
  return locationIdInScope(sql.raw('"people"."location_id"'), scope);
}

async function present(db: Db, scope: ResolvedScope, rows: (DepartmentRow & { peopleCount: number })[]) {
  const managers = await findPersonRefs(
    db,
    rows.map((r) => r.managerId).filter((id): id is string => id !== null),
  );
  return rows.map((r) => {
    const m = r.managerId ? managers.get(r.managerId) : undefined;
    return presentDepartment(r, {
      peopleCount: r.peopleCount,
      manager: m && personVisible(scope, m.locationPath) ? { id: m.id, name: m.name } : null,
    });
  });
}

export async function listDepartmentsFor(s: Services, ctx: ActionContext, query: ListDepartmentsQuery) {
  const scope = await resolveScope(s.db, ctx, 'inventory.read');
  const sort = parseSort(query.sort);
  const rows = await listDepartments(s.db, {
    q: query.q || undefined,
    includeArchived: query.includeArchived,
    peopleVisible: peopleVisibility(scope),
    sort,
    cursor: decodeCursor(query.cursor, 2),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, departmentCursor);
  return { items: await present(s.db, scope, page.items), nextCursor: page.nextCursor };
}

export async function getDepartment(s: Services, ctx: ActionContext, id: string): Promise<DepartmentView> {
  return departmentView(s.db, ctx, id);
}

async function departmentView(db: Db, ctx: ActionContext, id: string): Promise<DepartmentView> {
  const scope = await resolveScope(db, ctx, 'inventory.read');
  const row = await findDepartmentWithCount(db, id, peopleVisibility(scope));
  if (!row) throw notFound('The department');
  return (await present(db, scope, [row]))[0]!;
}

function requireOrganisationWide(ctx: ActionContext) {
  if (scopeOf(ctx.actor.grants, 'inventory.manage').kind !== 'all') {
    throw forbidden('Departments belong to the whole organisation: changing them needs a role for all locations.');
  }
}

const nameTaken = (name: string) =>
  conflict('name_taken', `A department named ${name} already exists.`, [
    { pointer: '/body/name', message: 'Already used by another department.' },
  ]);
const codeTaken = (code: string) =>
  conflict('code_taken', `Another department already has the code ${code}.`, [
    { pointer: '/body/code', message: 'Already used by another department.' },
  ]);

async function checkUnique(
  tx: Db,
  values: { name?: string | undefined; code?: string | null | undefined },
  selfId?: string,
) {
  if (values.name !== undefined) {
    const same = await findDepartmentByName(tx, values.name);
    if (same && same.id !== selfId) throw nameTaken(values.name);
  }
  if (values.code) {
    // No unique index on codes: checked here, inside the transaction.
    const same = await findDepartmentByCode(tx, values.code);
    if (same && same.id !== selfId) throw codeTaken(values.code);
  }
}

export async function createDepartment(
  s: Services,
  ctx: ActionContext,
  raw: CreateDepartmentInput,
): Promise<DepartmentView> {
  const input = createDepartmentInput.parse(raw);
  requireOrganisationWide(ctx);
  try {
    return await inTransaction(s.db, async (tx) => {
      await checkUnique(tx, input);
      await checkPersonReference(tx, ctx, input.managerId, '/body/managerId');
      const row = await insertDepartment(tx, {
        name: input.name,
        code: input.code ?? null,
        costCentre: input.costCentre ?? null,
        managerId: input.managerId ?? null,
      });
      await s.audit.record(tx, ctx, {
        entityType: 'department',
        entityId: row.id,
        action: 'department.created',
        changes: { after: auditedDepartmentFields(row) },
      });
      return departmentView(tx, ctx, row.id);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'departments_name_key') throw nameTaken(input.name);
    throw err;
  }
}

export async function updateDepartment(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: UpdateDepartmentInput,
): Promise<DepartmentView> {
  const input = updateDepartmentInput.parse(raw);
  requireOrganisationWide(ctx);
  try {
    return await inTransaction(s.db, async (tx) => {
      const before = await lockDepartment(tx, id);
      if (!before) throw notFound('The department');
      if (before.version !== input.version) throw staleVersion(`Department ${before.name}`, before.version);
      if (before.archivedAt) {
        throw conflict('department_archived', `Department ${before.name} is archived: unarchive it first.`);
      }
      await checkUnique(tx, input, id);
      if (input.managerId !== undefined && input.managerId !== before.managerId) {
        await checkPersonReference(tx, ctx, input.managerId, '/body/managerId');
      }
      const after = await updateDepartmentVersioned(tx, id, input.version, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.code !== undefined ? { code: input.code } : {}),
        ...(input.costCentre !== undefined ? { costCentre: input.costCentre } : {}),
        ...(input.managerId !== undefined ? { managerId: input.managerId } : {}),
      });
      if (!after) throw staleVersion(`Department ${before.name}`, before.version + 1);
      await s.audit.record(tx, ctx, {
        entityType: 'department',
        entityId: id,
        action: 'department.updated',
        changes: diffFields(auditedDepartmentFields(before), auditedDepartmentFields(after)),
      });
      return departmentView(tx, ctx, id);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'departments_name_key') throw nameTaken(input.name ?? '');
    throw err;
  }
}

export async function setDepartmentArchived(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: z.input<typeof archiveDepartmentInput>,
  archived: boolean,
): Promise<DepartmentView> {
  const input = archiveDepartmentInput.parse(raw);
  requireOrganisationWide(ctx);
  return inTransaction(s.db, async (tx) => {
    const before = await lockDepartment(tx, id);
    if (!before) throw notFound('The department');
    if (before.version !== input.version) throw staleVersion(`Department ${before.name}`, before.version);
    if (archived && before.archivedAt) {
      throw conflict('department_archived', `Department ${before.name} is already archived.`);
    }
    if (!archived && !before.archivedAt) {
      throw conflict('department_not_archived', `Department ${before.name} is not archived.`);
    }
    if (archived) {
      const members = await countCurrentMembers(tx, id);
      if (members > 0) {
        throw conflict(
          'department_not_empty',
          `${before.name} still has ${members} ${members === 1 ? 'person' : 'people'} who have not left: move them to another department first.`,
        );
      }
    }
    const after = (await updateDepartmentVersioned(tx, id, input.version, {
      archivedAt: archived ? new Date() : null,
    }))!;
    await s.audit.record(tx, ctx, {
      entityType: 'department',
      entityId: id,
      action: archived ? 'department.archived' : 'department.unarchived',
      changes: diffFields(auditedDepartmentFields(before), auditedDepartmentFields(after)),
    });
    return departmentView(tx, ctx, id);
  });
}
