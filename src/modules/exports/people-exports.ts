/**
 * People and departments as tables, with the filters, sort and visibility of their lists: a role
 * limited to some locations exports the people located there, and a manager it cannot see is left
 * blank. People take the import's column names, so the file imports back.
 */
import type { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { parseSort } from '../../platform/http/pagination.js';
import { resolveScope } from '../locations/location-scope.js';
import {
  findPersonRefs,
  listPeople,
  personCursor,
  personVisible,
  type ListedPerson,
  type PersonRef,
} from '../people/people-repository.js';
import { departmentCursor, listDepartments, type ListedDepartment } from '../people/departments-repository.js';
import { peopleQueryFor, type listPeopleQuery } from '../people/use-cases/read-people.js';
import { peopleVisibility, type listDepartmentsQuery } from '../people/use-cases/department-use-cases.js';
import { importHeader } from './import-headers.js';
import { keysetPages, yesNo, type Column, type ExportTable } from './tabular-export.js';

type Query<T extends z.ZodType> = Omit<z.output<T>, 'limit' | 'cursor'>;

interface PersonLine {
  person: ListedPerson;
  /** The manager, when the caller may see them. */
  manager: PersonRef | null;
}

const header = (key: string) => importHeader('people', key);

const PEOPLE_COLUMNS: Column<PersonLine>[] = [
  { header: header('name'), value: (l) => l.person.name },
  { header: header('email'), value: (l) => l.person.email },
  { header: header('employeeNumber'), value: (l) => l.person.employeeNumber },
  { header: header('jobTitle'), value: (l) => l.person.jobTitle },
  { header: header('department'), value: (l) => l.person.departmentName },
  { header: header('costCentre'), value: (l) => l.person.costCentre },
  { header: header('location'), value: (l) => l.person.locationCode },
  // By e-mail when there is one: the importer finds a manager by name, e-mail or employee number.
  { header: header('manager'), value: (l) => (l.manager ? (l.manager.email ?? l.manager.name) : null) },
  { header: header('remote'), value: (l) => yesNo(l.person.remote) },
  { header: header('startDate'), value: (l) => l.person.startDate },
  { header: header('endDate'), value: (l) => l.person.endDate },
  { header: header('notes'), value: (l) => l.person.notes },
  { header: 'Status', value: (l) => l.person.status },
];

export async function peopleTable(
  s: Services,
  ctx: ActionContext,
  q: Query<typeof listPeopleQuery>,
): Promise<ExportTable<PersonLine>> {
  const { scope, filters } = await peopleQueryFor(s, ctx, q);
  const sort = parseSort(q.sort);
  return {
    name: 'people',
    sheet: 'People',
    columns: PEOPLE_COLUMNS,
    pages: keysetPages(
      async (cursor, limit) => {
        const rows = await listPeople(s.db, { ...filters, sort, cursor, limit });
        const managers = await findPersonRefs(
          s.db,
          rows.flatMap((r) => (r.managerId && personVisible(scope, r.managerLocationPath) ? [r.managerId] : [])),
        );
        return rows.map((person) => ({
          person,
          manager: person.managerId ? (managers.get(person.managerId) ?? null) : null,
        }));
      },
      (l) => personCursor(l.person),
    ),
  };
}

interface DepartmentLine {
  department: ListedDepartment;
  manager: string | null;
}

const DEPARTMENT_COLUMNS: Column<DepartmentLine>[] = [
  { header: 'Name', value: (l) => l.department.name },
  { header: 'Code', value: (l) => l.department.code },
  { header: 'Cost centre', value: (l) => l.department.costCentre },
  { header: 'Manager', value: (l) => l.manager },
  { header: 'People', value: (l) => l.department.peopleCount },
  { header: 'Archived', value: (l) => (l.department.archivedAt ? 'yes' : null) },
];

export async function departmentTable(
  s: Services,
  ctx: ActionContext,
  q: Query<typeof listDepartmentsQuery>,
): Promise<ExportTable<DepartmentLine>> {
  const scope = await resolveScope(s.db, ctx, 'inventory.read');
  const sort = parseSort(q.sort);
  return {
    name: 'departments',
    sheet: 'Departments',
    columns: DEPARTMENT_COLUMNS,
    pages: keysetPages(
      async (cursor, limit) => {
        const rows = await listDepartments(s.db, {
          q: q.q || undefined,
          includeArchived: q.includeArchived,
          peopleVisible: peopleVisibility(scope),
          sort,
          cursor,
          limit,
        });
        const managers = await findPersonRefs(
          s.db,
          rows.flatMap((r) => (r.managerId ? [r.managerId] : [])),
        );
        return rows.map((department) => {
          const m = department.managerId ? managers.get(department.managerId) : undefined;
          return { department, manager: m && personVisible(scope, m.locationPath) ? m.name : null };
        });
      },
      (l) => departmentCursor(l.department),
    ),
  };
}
