import { z } from 'zod';
import { locationRefSchema } from '../locations/location-presenter.js';
import { personRefSchema } from './department-presenter.js';
import {
  PERSON_STATUSES,
  type HeldAsset,
  type PastAsset,
  type PersonRow,
  type PersonWithRefs,
} from './people-repository.js';
import type { LocationRef } from '../locations/locations-repository.js';

export const personSchema = z
  .object({
    id: z.uuid(),
    employeeNumber: z.string().nullable().describe('Unique whatever the case, when present.'),
    name: z.string(),
    email: z.string().nullable().describe('Unique whatever the case, when present.'),
    jobTitle: z.string().nullable(),
    departmentId: z.uuid().nullable(),
    department: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    costCentre: z.string().nullable(),
    managerId: z.uuid().nullable(),
    manager: personRefSchema.nullable().describe('Null also when the manager is outside your scope.'),
    locationId: z.uuid().nullable(),
    location: locationRefSchema.nullable(),
    remote: z.boolean(),
    startDate: z.string().nullable().describe('YYYY-MM-DD'),
    endDate: z.string().nullable().describe('YYYY-MM-DD'),
    status: z.enum(PERSON_STATUSES),
    userId: z.uuid().nullable().describe('The user account linked to this person, if any.'),
    notes: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Person' });

export const heldAssetSchema = z
  .object({
    id: z.uuid(),
    tag: z.string(),
    name: z.string().nullable(),
    modelName: z.string(),
    status: z.string(),
    since: z.string().nullable().describe('When it was assigned to the person (null when no event says).'),
  })
  .meta({ id: 'HeldAsset' });

export const pastAssetSchema = z
  .object({
    id: z.uuid(),
    tag: z.string(),
    modelName: z.string(),
    from: z.string().nullable(),
    to: z.string(),
  })
  .meta({ id: 'PastAsset' });

export const personDetailSchema = personSchema
  .extend({
    locationAncestors: z.array(locationRefSchema).describe("The breadcrumb above the person's location."),
    user: z.object({ id: z.uuid(), email: z.string() }).nullable(),
    assetsHeld: z.array(heldAssetSchema).describe('Assets assigned to the person now.'),
    assetsHeldBefore: z
      .array(pastAssetSchema)
      .describe('Assets the person held before, newest return first (from the assets’ history).'),
  })
  .meta({ id: 'PersonDetail' });

export type PersonView = z.infer<typeof personSchema>;
export type PersonDetailView = z.infer<typeof personDetailSchema>;

export function presentPerson(row: PersonWithRefs, showManager: boolean): PersonView {
  return {
    id: row.id,
    employeeNumber: row.employeeNumber,
    name: row.name,
    email: row.email,
    jobTitle: row.jobTitle,
    departmentId: row.departmentId,
    department: row.departmentId && row.departmentName ? { id: row.departmentId, name: row.departmentName } : null,
    costCentre: row.costCentre,
    managerId: row.managerId,
    manager: showManager && row.managerId && row.managerName ? { id: row.managerId, name: row.managerName } : null,
    locationId: row.locationId,
    location:
      row.locationId && row.locationCode && row.locationName
        ? { id: row.locationId, code: row.locationCode, name: row.locationName }
        : null,
    remote: row.remote,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    userId: row.userId,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentPersonDetail(
  row: PersonWithRefs,
  extra: {
    showManager: boolean;
    ancestors: LocationRef[];
    held: HeldAsset[];
    before: PastAsset[];
  },
): PersonDetailView {
  return {
    ...presentPerson(row, extra.showManager),
    locationAncestors: extra.ancestors,
    user: row.userId && row.userEmail ? { id: row.userId, email: row.userEmail } : null,
    assetsHeld: extra.held.map((a) => ({ ...a, since: a.since?.toISOString() ?? null })),
    assetsHeldBefore: extra.before.map((a) => ({
      ...a,
      from: a.from?.toISOString() ?? null,
      to: a.to.toISOString(),
    })),
  };
}

/** The fields of a person the audit log records. */
export function auditedPersonFields(row: PersonRow | undefined | null) {
  if (!row) return null;
  return {
    employeeNumber: row.employeeNumber,
    name: row.name,
    email: row.email,
    jobTitle: row.jobTitle,
    departmentId: row.departmentId,
    costCentre: row.costCentre,
    managerId: row.managerId,
    locationId: row.locationId,
    remote: row.remote,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    userId: row.userId,
    notes: row.notes,
  };
}
