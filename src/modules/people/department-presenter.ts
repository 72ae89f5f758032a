import { z } from 'zod';
import type { DepartmentRow } from './departments-repository.js';

export const personRefSchema = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'PersonRef' });

export const departmentSchema = z
  .object({
    id: z.uuid(),
    name: z.string().describe('Unique whatever the case.'),
    code: z.string().nullable(),
    costCentre: z.string().nullable(),
    managerId: z.uuid().nullable(),
    manager: personRefSchema.nullable().describe('Null also when the manager is outside your scope.'),
    peopleCount: z.number().int().describe('People in the department who have not left (those you can see).'),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Department' });

export type DepartmentView = z.infer<typeof departmentSchema>;

export function presentDepartment(
  row: DepartmentRow,
  extra: { peopleCount: number; manager: { id: string; name: string } | null },
): DepartmentView {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    costCentre: row.costCentre,
    managerId: row.managerId,
    manager: extra.manager,
    peopleCount: extra.peopleCount,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function auditedDepartmentFields(row: DepartmentRow | undefined | null) {
  if (!row) return null;
  return {
    name: row.name,
    code: row.code,
    costCentre: row.costCentre,
    managerId: row.managerId,
    archivedAt: row.archivedAt,
  };
}
