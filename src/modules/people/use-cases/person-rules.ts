/**
 * The rules people share.
 *
 * - Employee numbers and e-mails are unique whatever the case, when present (409 naming the field).
 * - A manager is another person, visible to the caller, who has not left; the chain of managers
 *   never loops back (A manages B manages A is refused).
 * - The end date is not before the start date. Status `left` needs an end date (the day they
 *   left); `leaving` may have one (the planned last day) but need not: HR often knows someone is
 *   leaving before the date is settled. Dates are not compared with today: HR feeds run late.
 * - A department must exist and not be archived; a location must exist, not be archived, and lie
 *   within the caller's scope.
 * - Scope: people are visible to a role limited to some subtrees when they are located inside
 *   them. People without a location are visible only to organisation-wide roles, so a scoped role
 *   must give every person it creates or edits a location inside its subtrees.
 */
import { z } from 'zod';
import type { Db } from '../../../platform/db/database.js';
import type { ActionContext } from '../../../platform/context.js';
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/http/errors.js';
import { findDepartment } from '../departments-repository.js';
import {
  PERSON_STATUSES,
  findPersonByEmail,
  findPersonByEmployeeNumber,
  findPersonRef,
  managerChainReaches,
  personVisible,
  type PersonRow,
} from '../people-repository.js';
import { findLocation } from '../../locations/locations-repository.js';
import { pathInScope, resolveScope, type ResolvedScope } from '../../locations/location-scope.js';
import { optionalText, visibleTo } from '../../locations/use-cases/location-rules.js';

export const personFields = {
  employeeNumber: optionalText(64).describe('Unique whatever the case, when present.'),
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254).nullable().optional().describe('Unique whatever the case, when present.'),
  jobTitle: optionalText(200),
  departmentId: z.uuid().nullable().optional(),
  costCentre: optionalText(64),
  managerId: z.uuid().nullable().optional().describe('Another person (not a user).'),
  locationId: z.uuid().nullable().optional(),
  remote: z.boolean().optional(),
  startDate: z.iso.date().nullable().optional().describe('YYYY-MM-DD'),
  endDate: z.iso.date().nullable().optional().describe('YYYY-MM-DD; needed once the status is "left".'),
  status: z.enum(PERSON_STATUSES).optional().describe('active (default), leaving, left.'),
  notes: optionalText(5000),
};

/** A person referred to (a manager): exists, visible to the caller, has not left. */
export async function checkPersonReference(
  tx: Db,
  ctx: ActionContext,
  personId: string | null | undefined,
  pointer: string,
): Promise<void> {
  if (!personId) return;
  const person = await findPersonRef(tx, personId);
  const scope = await resolveScope(tx, ctx, 'inventory.read');
  if (!person || !personVisible(scope, person.locationPath)) {
    throw invalidInput(pointer, 'There is no person with this id.');
  }
  if (person.status === 'left') throw invalidInput(pointer, `${person.name} has left the organisation.`);
}

/**
 * A person being changed must be within the caller's management scope: 404 when the caller cannot
 * even see them, 403 when they can see but not manage them.
 */
export async function checkPersonManageable(
  tx: Db,
  ctx: ActionContext,
  person: PersonRow,
  manageScope: ResolvedScope,
): Promise<void> {
  const location = person.locationId ? await findLocation(tx, person.locationId) : undefined;
  const path = location?.path ?? null;
  if (personVisible(manageScope, path)) return;
  const readScope = await resolveScope(tx, ctx, 'inventory.read');
  if (!personVisible(readScope, path)) throw notFound('The person');
  throw forbidden(`${person.name} is outside the locations your role covers.`);
}

export function employeeNumberTaken(value: string) {
  return conflict('employee_number_taken', `Another person already has the employee number ${value}.`, [
    { pointer: '/body/employeeNumber', message: 'Already used by another person.' },
  ]);
}

export function emailTaken(value: string) {
  return conflict('email_taken', `Another person already has the e-mail ${value}.`, [
    { pointer: '/body/email', message: 'Already used by another person.' },
  ]);
}

/** The state a person would have after the change, checked as a whole. */
export interface PersonState {
  id: string | null;
  employeeNumber: string | null;
  email: string | null;
  departmentId: string | null;
  managerId: string | null;
  locationId: string | null;
  startDate: string | null;
  endDate: string | null;
  status: (typeof PERSON_STATUSES)[number];
}

/** The rules of a person's dates and status, which need no lookup (imports check them per row). */
export function datesProblem(state: Pick<PersonState, 'startDate' | 'endDate' | 'status'>): string | null {
  if (state.startDate && state.endDate && state.endDate < state.startDate) {
    return `The end date ${state.endDate} is before the start date ${state.startDate}.`;
  }
  if (state.status === 'left' && !state.endDate) return 'A person who has left needs an end date (the day they left).';
  return null;
}

/** Without an organisation-wide role, a person needs a location inside the role's subtrees. */
export const SCOPED_NEEDS_LOCATION =
  'Your role covers only some locations: give the person a location inside them (people without one are visible only to roles for the whole organisation).';

/**
 * Checks the state a person would have. `changed` says which fields the request sets: references
 * kept as they were (an archived department, a manager who left since) are not re-checked.
 */
export async function checkPersonState(
  tx: Db,
  ctx: ActionContext,
  manageScope: ResolvedScope,
  state: PersonState,
  changed: Partial<Record<keyof PersonState, boolean>>,
): Promise<void> {
  const dates = datesProblem(state);
  if (dates) throw invalidInput('/body/endDate', dates);
  if (changed.employeeNumber && state.employeeNumber) {
    const same = await findPersonByEmployeeNumber(tx, state.employeeNumber);
    if (same && same.id !== state.id) throw employeeNumberTaken(state.employeeNumber);
  }
  if (changed.email && state.email) {
    const same = await findPersonByEmail(tx, state.email);
    if (same && same.id !== state.id) throw emailTaken(state.email);
  }
  if (changed.departmentId && state.departmentId) {
    const department = await findDepartment(tx, state.departmentId);
    if (!department) throw invalidInput('/body/departmentId', 'There is no department with this id.');
    if (department.archivedAt) throw invalidInput('/body/departmentId', `Department ${department.name} is archived.`);
  }
  if (changed.managerId && state.managerId) {
    if (state.managerId === state.id) throw invalidInput('/body/managerId', 'A person cannot be their own manager.');
    await checkPersonReference(tx, ctx, state.managerId, '/body/managerId');
    if (state.id && (await managerChainReaches(tx, state.managerId, state.id))) {
      throw invalidInput(
        '/body/managerId',
        'This manager reports (directly or through others) to this person: the chain of managers would loop.',
      );
    }
  }
  if (manageScope.kind !== 'all' && !state.locationId) {
    throw invalidInput('/body/locationId', SCOPED_NEEDS_LOCATION);
  }
  if (changed.locationId && state.locationId) {
    const location = await findLocation(tx, state.locationId);
    const readScope = manageScope.kind === 'all' ? manageScope : await resolveScope(tx, ctx, 'inventory.read');
    if (!location || !visibleTo(readScope, location.path)) {
      throw invalidInput('/body/locationId', 'There is no location with this id.');
    }
    if (location.archivedAt) throw invalidInput('/body/locationId', `Location ${location.code} is archived.`);
    if (!pathInScope(manageScope, location.path)) {
      throw forbidden(`Location ${location.code} is outside the locations your role covers.`);
    }
  }
}
