/**
 * People from a file (Snipe-IT's users among them), upserted by employee number, else e-mail,
 * else a name only one person has. Each row is checked with the person use case's input schema
 * and its date rules; a department the registry lacks is created, and so is a location (as a
 * site, as asset imports do). A manager is found among the file's rows and the registry by e-mail,
 * employee number or name; one who cannot be (no match, several, left, the person themselves, a
 * chain that would loop) is left empty with a warning, the person imported all the same.
 * New people are inserted in batches of a thousand, each audited with the import's id.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { locations, people } from '../../../../platform/db/schema-all.js';
import { queryRows } from '../../../../platform/db/database.js';
import { resolveScope } from '../../../locations/location-scope.js';
import { personVisible, updatePersonVersioned, type PersonRow } from '../../../people/people-repository.js';
import { createPersonInput } from '../../../people/use-cases/write-people.js';
import { SCOPED_NEEDS_LOCATION, datesProblem } from '../../../people/use-cases/person-rules.js';
import { auditedPersonFields } from '../../../people/person-presenter.js';
import {
  Problems,
  changedFields,
  createNamed,
  createSites,
  distinctNames,
  idsByName,
  inChunks,
  insertAudited,
  jsonArray,
  locationsByText,
  lower,
  parseInput,
  text,
  updateAudited,
  type RecordImporter,
  type RowAction,
} from '../record-kit.js';

interface Planned {
  row: number;
  id: string;
  existing?: PersonRow;
  fields: Record<string, unknown>;
  department?: { id?: string; name: string };
  location?: { id?: string; name: string };
  managerText?: string;
  managerId?: string;
}

type Found = { person: PersonRow; locationPath: string | null };

export const importPeople: RecordImporter = async (env, rows) => {
  const problems = new Problems(env.columns);
  const scope = await resolveScope(env.tx, env.ctx, 'inventory.manage');

  // Who exists already: by employee number, e-mail, and names (rows with neither, and managers).
  const keys: string[] = [];
  for (const r of rows) {
    const v = r.values;
    if (v.employeeNumber !== undefined) keys.push(lower(v.employeeNumber));
    if (v.email !== undefined) keys.push(lower(v.email));
    if (v.employeeNumber === undefined && v.email === undefined && v.name !== undefined) keys.push(lower(v.name));
    if (v.manager !== undefined) keys.push(lower(v.manager));
  }
  const found = await inChunks(keys, (chunk) =>
    env.tx
      .select({ person: people, locationPath: locations.path })
      .from(people)
      .leftJoin(locations, eq(locations.id, people.locationId))
      .where(
        sql`lower(${people.email}) = any(${jsonArray(chunk)}) or lower(${people.employeeNumber}) = any(${jsonArray(chunk)})
          or lower(${people.name}) = any(${jsonArray(chunk)})`,
      ),
  );
  const byEmployee = new Map<string, Found>();
  const byEmail = new Map<string, Found>();
  const byName = new Map<string, Found | 'ambiguous'>();
  const unique = new Map<string, Found>();
  for (const f of found) {
    if (unique.has(f.person.id)) continue;
    unique.set(f.person.id, f);
    if (f.person.employeeNumber) byEmployee.set(f.person.employeeNumber.toLowerCase(), f);
    if (f.person.email) byEmail.set(f.person.email.toLowerCase(), f);
    const name = f.person.name.toLowerCase();
    byName.set(name, byName.has(name) ? 'ambiguous' : f);
  }

  const departmentNames = distinctNames(rows.map((r) => text(r.values.department)).filter((t): t is string => !!t));
  const departments = await idsByName(env.tx, 'departments', departmentNames);
  const places = await locationsByText(
    env.tx,
    rows.map((r) => text(r.values.location)).filter((t): t is string => !!t),
  );

  const planned: Planned[] = [];
  for (const r of rows) {
    const v = r.values;
    const input = parseInput(
      createPersonInput,
      {
        name: v.name,
        email: v.email,
        employeeNumber: v.employeeNumber,
        jobTitle: v.jobTitle,
        costCentre: v.costCentre,
        remote: v.remote,
        startDate: v.startDate,
        endDate: v.endDate,
        notes: v.notes,
      },
      r.rowNumber,
      problems,
    );
    if (!input) continue;
    const byNumber = input.employeeNumber ? byEmployee.get(input.employeeNumber.toLowerCase()) : undefined;
    const byMail = input.email ? byEmail.get(input.email.toLowerCase()) : undefined;
    if (byNumber && byMail && byNumber.person.id !== byMail.person.id) {
      problems.add(
        r.rowNumber,
        'email',
        'conflicting_person',
        `The employee number ${input.employeeNumber} is ${byNumber.person.name}'s, the e-mail ${input.email} is ${byMail.person.name}'s.`,
      );
      continue;
    }
    let match = byNumber ?? byMail;
    if (!match && !input.employeeNumber && !input.email) {
      const named = byName.get(input.name.toLowerCase());
      if (named === 'ambiguous') {
        problems.add(
          r.rowNumber,
          'name',
          'ambiguous_person',
          `Several people are named ${input.name}: give an e-mail or employee number.`,
        );
        continue;
      }
      match = named;
    }
    if (match && !personVisible(scope, match.locationPath)) {
      problems.add(r.rowNumber, 'name', 'forbidden', `${match.person.name} is outside the locations your role covers.`);
      continue;
    }
    const dates = datesProblem({
      startDate: input.startDate ?? match?.person.startDate ?? null,
      endDate: input.endDate ?? match?.person.endDate ?? null,
      status: match?.person.status ?? 'active',
    });
    if (dates) {
      problems.add(r.rowNumber, 'endDate', 'invalid_dates', dates);
      continue;
    }
    const p: Planned = { row: r.rowNumber, id: match?.person.id ?? randomUUID(), fields: { ...input } };
    if (match) p.existing = match.person;

    const departmentName = text(v.department);
    if (departmentName) {
      const d = departments.get(departmentName.toLowerCase());
      if (d?.archived) {
        problems.add(r.rowNumber, 'department', 'archived', `Department ${d.name} is archived.`);
        continue;
      }
      p.department = d ? { id: d.id, name: d.name } : { name: departmentName };
    }
    const locationText = text(v.location);
    if (locationText) {
      const l = places.get(locationText.toLowerCase());
      if (l === 'ambiguous') {
        problems.add(
          r.rowNumber,
          'location',
          'ambiguous_location',
          `Several locations are named ${locationText}: give its code.`,
        );
        continue;
      }
      if (l?.archived) {
        problems.add(r.rowNumber, 'location', 'archived', `Location ${l.code} is archived.`);
        continue;
      }
      if (l && scope.kind !== 'all' && !personVisible(scope, l.path)) {
        problems.add(
          r.rowNumber,
          'location',
          'forbidden',
          `Location ${l.code} is outside the locations your role covers.`,
        );
        continue;
      }
      if (!l && scope.kind !== 'all') {
        problems.add(r.rowNumber, 'location', 'unknown_location', `No location has the code or name ${locationText}.`);
        continue;
      }
      p.location = l ? { id: l.id, name: l.name } : { name: locationText };
    } else if (scope.kind !== 'all' && !match?.person.locationId) {
      problems.add(r.rowNumber, 'location', 'missing_location', SCOPED_NEEDS_LOCATION);
      continue;
    }
    if (v.manager !== undefined) p.managerText = String(v.manager);
    planned.push(p);
  }

  // Managers: a row of the file first, then the registry.
  const fileKeys = new Map<string, Planned | 'ambiguous'>();
  const addKey = (key: unknown, p: Planned) => {
    if (key === undefined || key === null || key === '') return;
    const k = lower(key);
    const prev = fileKeys.get(k);
    fileKeys.set(k, prev && prev !== p ? 'ambiguous' : p);
  };
  for (const p of planned) {
    addKey(p.fields.email, p);
    addKey(p.fields.employeeNumber, p);
    addKey(p.fields.name, p);
  }
  const managerRows = planned.filter((p) => p.managerText);
  const edges = new Map<string, string>();
  if (managerRows.length > 0) {
    for (const e of await queryRows<{ id: string; manager_id: string }>(
      env.tx,
      sql`select id, manager_id from people where manager_id is not null`,
    ))
      edges.set(e.id, e.manager_id);
  }
  for (const p of managerRows) {
    const key = p.managerText!.toLowerCase();
    const warn = (why: string) =>
      problems.add(
        p.row,
        'manager',
        'unknown_manager',
        `The manager ${p.managerText} is left empty: ${why}.`,
        'warning',
      );
    const inFile = fileKeys.get(key);
    const inRegistry = byEmail.get(key) ?? byEmployee.get(key) ?? byName.get(key);
    if (inFile === 'ambiguous' || (!inFile && inRegistry === 'ambiguous')) {
      warn('several people have this name');
      continue;
    }
    const managerId = inFile ? inFile.id : (inRegistry as Found | undefined)?.person.id;
    if (!managerId) {
      warn('no person in the file or the registry has this name, e-mail or employee number');
      continue;
    }
    if (managerId === p.id) {
      warn('a person cannot be their own manager');
      continue;
    }
    if (!inFile && (inRegistry as Found).person.status === 'left') {
      warn(`${(inRegistry as Found).person.name} has left the organisation`);
      continue;
    }
    p.managerId = managerId;
    edges.set(p.id, managerId);
  }
  // A chain of managers never loops: the rows that would close a loop lose their manager.
  for (const p of managerRows) {
    if (!p.managerId) continue;
    let at: string | undefined = p.managerId;
    for (let steps = 0; at && steps < 10_000; steps++) {
      if (at === p.id) {
        p.managerId = undefined;
        edges.delete(p.id);
        problems.add(
          p.row,
          'manager',
          'manager_loop',
          `The manager ${p.managerText} is left empty: they report (directly or through others) to this person.`,
          'warning',
        );
        break;
      }
      at = edges.get(at);
    }
  }

  const actions = new Map<number, RowAction>();
  const newDepartments = new Set<string>();
  const newLocations = new Set<string>();
  for (const p of planned) {
    if (problems.hasError(p.row)) continue;
    if (p.department && !p.department.id) newDepartments.add(p.department.name);
    if (p.location && !p.location.id) newLocations.add(p.location.name);
    if (!p.existing) {
      actions.set(p.row, 'create');
      continue;
    }
    const patch = changedFields(p.existing, {
      ...p.fields,
      ...(p.department ? { departmentId: p.department.id ?? 'new' } : {}),
      ...(p.location ? { locationId: p.location.id ?? 'new' } : {}),
      ...(p.managerId ? { managerId: p.managerId } : {}),
    });
    actions.set(p.row, Object.keys(patch).length > 0 ? 'update' : 'unchanged');
  }

  return {
    problems: problems.list,
    actions,
    references: {
      departments: distinctNames(newDepartments),
      locations: distinctNames(newLocations),
    },
    async write(bad) {
      const keep = planned.filter((p) => actions.has(p.row) && !bad.has(p.row));
      const wantedDepartments = distinctNames(
        keep.flatMap((p) => (p.department && !p.department.id ? [p.department.name] : [])),
      );
      const wantedSites = distinctNames(keep.flatMap((p) => (p.location && !p.location.id ? [p.location.name] : [])));
      const departmentIds = await createNamed(
        env.s,
        env.tx,
        env.ctx,
        env.importId,
        { table: 'departments', entity: 'department' },
        wantedDepartments,
      );
      const siteIds = await createSites(env.s, env.tx, env.ctx, env.importId, wantedSites);
      const kept = new Set(keep.map((p) => p.id));
      const inFile = new Set(planned.map((p) => p.id));
      const resolved = (p: Planned) => ({
        ...p.fields,
        ...(p.department
          ? { departmentId: p.department.id ?? departmentIds.get(p.department.name.toLowerCase())! }
          : {}),
        ...(p.location ? { locationId: p.location.id ?? siteIds.get(p.location.name.toLowerCase())! } : {}),
        // A manager from a skipped row is left empty.
        ...(p.managerId && (kept.has(p.managerId) || !inFile.has(p.managerId)) ? { managerId: p.managerId } : {}),
      });
      const created = await insertAudited<PersonRow>(
        env,
        people,
        'person',
        keep
          .filter((p) => !p.existing)
          .map((p) => ({
            id: p.id,
            ...resolved(p),
            remote: p.fields.remote ?? false,
            status: 'active',
          })),
        auditedPersonFields,
      );
      const updates = keep
        .filter((p) => actions.get(p.row) === 'update')
        .map((p) => ({ before: p.existing!, patch: changedFields(p.existing!, resolved(p)) }));
      const updated = await updateAudited<PersonRow>(
        env,
        'person',
        updates,
        updatePersonVersioned,
        auditedPersonFields,
      );
      return {
        created: created.length,
        updated: updated.length,
        unchanged: keep.filter((p) => actions.get(p.row) === 'unchanged').length,
        references: { departments: departmentIds.size, locations: siteIds.size },
      };
    },
  };
};
