import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { conflict, invalidInput, notFound, staleVersion, uniqueViolation } from '../../../platform/http/errors.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { resolveScope } from '../../locations/location-scope.js';
import { findUserById } from '../../users/users-repository.js';
import {
  findPersonByUser,
  findPersonRef,
  insertPerson,
  lockPerson,
  personVisible,
  updatePersonVersioned,
} from '../people-repository.js';
import { auditedPersonFields, type PersonDetailView } from '../person-presenter.js';
import {
  checkPersonManageable,
  checkPersonState,
  emailTaken,
  employeeNumberTaken,
  personFields,
  type PersonState,
} from './person-rules.js';
import { personDetail } from './read-people.js';

export const createPersonInput = z.object(personFields);
export type CreatePersonInput = z.input<typeof createPersonInput>;

export const updatePersonInput = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale version is refused with 409.'),
  ...personFields,
  name: personFields.name.optional(),
});
export type UpdatePersonInput = z.input<typeof updatePersonInput>;

export const linkUserInput = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale version is refused with 409.'),
  userId: z.uuid().nullable().describe('The user account to link, or null to unlink.'),
});
export type LinkUserInput = z.input<typeof linkUserInput>;

function mapUniqueViolation(err: unknown, input: { email?: string | null; employeeNumber?: string | null }): never {
  const constraint = uniqueViolation(err);
  if (constraint === 'people_email_key') throw emailTaken(input.email ?? '');
  if (constraint === 'people_employee_number_key') throw employeeNumberTaken(input.employeeNumber ?? '');
  throw err;
}

type Changed = Partial<Record<keyof PersonState, boolean>>;

export async function createPerson(s: Services, ctx: ActionContext, raw: CreatePersonInput): Promise<PersonDetailView> {
  const input = createPersonInput.parse(raw);
  const email = input.email?.trim() ?? null;
  try {
    return await inTransaction(s.db, async (tx) => {
      const scope = await resolveScope(tx, ctx, 'inventory.manage');
      const state: PersonState = {
        id: null,
        employeeNumber: input.employeeNumber ?? null,
        email,
        departmentId: input.departmentId ?? null,
        managerId: input.managerId ?? null,
        locationId: input.locationId ?? null,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        status: input.status ?? 'active',
      };
      const all: Changed = {
        employeeNumber: true,
        email: true,
        departmentId: true,
        managerId: true,
        locationId: true,
      };
      await checkPersonState(tx, ctx, scope, state, all);
      const row = await insertPerson(tx, {
        employeeNumber: state.employeeNumber,
        name: input.name,
        email,
        jobTitle: input.jobTitle ?? null,
        departmentId: state.departmentId,
        costCentre: input.costCentre ?? null,
        managerId: state.managerId,
        locationId: state.locationId,
        remote: input.remote ?? false,
        startDate: state.startDate,
        endDate: state.endDate,
        status: state.status,
        notes: input.notes ?? null,
      });
      await s.audit.record(tx, ctx, {
        entityType: 'person',
        entityId: row.id,
        action: 'person.created',
        changes: { after: auditedPersonFields(row) },
      });
      return personDetail(tx, await resolveScope(tx, ctx, 'inventory.read'), row.id);
    });
  } catch (err) {
    mapUniqueViolation(err, { email, employeeNumber: input.employeeNumber });
  }
}

export async function updatePerson(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: UpdatePersonInput,
): Promise<PersonDetailView> {
  const input = updatePersonInput.parse(raw);
  const email = input.email === undefined ? undefined : (input.email?.trim() ?? null);
  try {
    return await inTransaction(s.db, async (tx) => {
      const before = await lockPerson(tx, id);
      if (!before) throw notFound('The person');
      const scope = await resolveScope(tx, ctx, 'inventory.manage');
      await checkPersonManageable(tx, ctx, before, scope);
      if (before.version !== input.version) throw staleVersion(`Person ${before.name}`, before.version);
      const pick = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
      const state: PersonState = {
        id,
        employeeNumber: pick(input.employeeNumber, before.employeeNumber),
        email: pick(email, before.email),
        departmentId: pick(input.departmentId, before.departmentId),
        managerId: pick(input.managerId, before.managerId),
        locationId: pick(input.locationId, before.locationId),
        startDate: pick(input.startDate, before.startDate),
        endDate: pick(input.endDate, before.endDate),
        status: pick(input.status, before.status),
      };
      const changed: Changed = {
        employeeNumber: (state.employeeNumber ?? '').toLowerCase() !== (before.employeeNumber ?? '').toLowerCase(),
        email: (state.email ?? '').toLowerCase() !== (before.email ?? '').toLowerCase(),
        departmentId: state.departmentId !== before.departmentId,
        managerId: state.managerId !== before.managerId,
        locationId: state.locationId !== before.locationId,
      };
      await checkPersonState(tx, ctx, scope, state, changed);
      const after = await updatePersonVersioned(tx, id, input.version, {
        employeeNumber: state.employeeNumber,
        name: input.name ?? before.name,
        email: state.email,
        jobTitle: pick(input.jobTitle, before.jobTitle),
        departmentId: state.departmentId,
        costCentre: pick(input.costCentre, before.costCentre),
        managerId: state.managerId,
        locationId: state.locationId,
        remote: input.remote ?? before.remote,
        startDate: state.startDate,
        endDate: state.endDate,
        status: state.status,
        notes: pick(input.notes, before.notes),
      });
      if (!after) throw staleVersion(`Person ${before.name}`, before.version + 1);
      await s.audit.record(tx, ctx, {
        entityType: 'person',
        entityId: id,
        action: 'person.updated',
        changes: diffFields(auditedPersonFields(before), auditedPersonFields(after)),
      });
      return personDetail(tx, await resolveScope(tx, ctx, 'inventory.read'), id);
    });
  } catch (err) {
    mapUniqueViolation(err, { email, employeeNumber: input.employeeNumber });
  }
}

/**
 * Links a person to the user account they sign in with (or unlinks them). A user is linked to at
 * most one person.
 */
export async function linkPersonUser(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: LinkUserInput,
): Promise<PersonDetailView> {
  const input = linkUserInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      const before = await lockPerson(tx, id);
      if (!before) throw notFound('The person');
      const scope = await resolveScope(tx, ctx, 'inventory.manage');
      await checkPersonManageable(tx, ctx, before, scope);
      if (before.version !== input.version) throw staleVersion(`Person ${before.name}`, before.version);
      if (input.userId) {
        const user = await findUserById(tx, input.userId);
        if (!user) throw invalidInput('/body/userId', 'There is no user with this id.');
        const holder = await findPersonByUser(tx, input.userId);
        if (holder && holder.id !== id) throw userLinked(user.email, await holderName(tx, ctx, holder.id));
      }
      if (input.userId === before.userId) {
        return personDetail(tx, await resolveScope(tx, ctx, 'inventory.read'), id);
      }
      const after = (await updatePersonVersioned(tx, id, input.version, { userId: input.userId }))!;
      await s.audit.record(tx, ctx, {
        entityType: 'person',
        entityId: id,
        action: input.userId ? 'person.user_linked' : 'person.user_unlinked',
        changes: diffFields(auditedPersonFields(before), auditedPersonFields(after)),
      });
      return personDetail(tx, await resolveScope(tx, ctx, 'inventory.read'), id);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'people_user_key') throw userLinked('This user', null);
    throw err;
  }
}

async function holderName(tx: Parameters<typeof findPersonRef>[0], ctx: ActionContext, personId: string) {
  const ref = await findPersonRef(tx, personId);
  const scope = await resolveScope(tx, ctx, 'inventory.read');
  return ref && personVisible(scope, ref.locationPath) ? ref.name : null;
}

function userLinked(email: string, personName: string | null) {
  return conflict(
    'user_already_linked',
    `${email} is already linked to ${personName ?? 'another person'}: unlink it there first.`,
    [{ pointer: '/body/userId', message: 'Already linked to another person.' }],
  );
}
