/**
 * What each import type requires of a row once its cells are parsed, the values derived from
 * others (a full name from first and last names, a warranty end from purchase date and months),
 * and the lookup keys the commit step resolves against the database (model, location, person...).
 * Pure: nothing here knows whether "Macbook Pro 13" exists; it only says which names to look up.
 */
import type { ColumnMapping, ImportSettings } from './column-mapping.js';
import type { ImportTypeKey } from './import-types.js';
import type { FieldValue } from './parse-values.js';

export interface PersonKey {
  username?: string;
  email?: string;
  employeeNumber?: string;
  /** A full name, or for a manager column any of name, e-mail or employee number. */
  name?: string;
}

export interface LocationKey {
  /** An explicit location code. */
  code?: string;
  /** A location code or name, as the file wrote it: matched to codes first, then names. */
  text?: string;
}

export type AssigneeKey =
  { kind: 'person'; person: PersonKey } | { kind: 'location'; location: LocationKey } | { kind: 'asset'; tag: string };

/** Names to resolve in the database, for the next step (lookups, "would be created"). */
export interface LookupKeys {
  modelName?: string;
  modelNumber?: string;
  manufacturerName?: string;
  categoryName?: string;
  supplierName?: string;
  departmentName?: string;
  location?: LocationKey;
  parentLocation?: LocationKey;
  /** The manager of a person or a location. */
  manager?: PersonKey;
  /** Who or what an asset is checked out to. */
  assignee?: AssigneeKey;
}

export interface RuleProblem {
  code: string;
  message: string;
  /** The target field it is about, to point at its column. */
  field?: string;
  severity?: 'error' | 'warning';
}

type Values = Record<string, FieldValue>;

const str = (values: Values, key: string): string | undefined => {
  const v = values[key];
  return v === undefined || v === null ? undefined : String(v);
};

/** A copy without the undefined properties, or undefined when none is left. */
function definedOnly<T extends object>(object: T): T | undefined {
  let out: Record<string, unknown> | undefined;
  for (const key in object) {
    const value = object[key];
    if (value !== undefined) (out ??= {})[key] = value;
  }
  return out as T | undefined;
}

/** Adds whole months to an ISO date, keeping the day where the month has it (31 Jan + 1 → 28 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Checks a row (its parsed values) and completes it; returns the problems. */
export function applyRowRules(type: ImportTypeKey, values: Values, settings: ImportSettings): RuleProblem[] {
  switch (type) {
    case 'assets':
      return assetRules(values, settings);
    case 'people':
      return peopleRules(values);
    case 'models':
      return [
        ...required(values, 'name', 'missing_name', 'The model has no name.'),
        ...required(values, 'category', 'missing_category', 'The model has no category: a model needs one.'),
      ];
    case 'locations':
      return required(values, 'name', 'missing_name', 'The location has no name.');
    case 'suppliers':
      return required(values, 'name', 'missing_name', 'The supplier has no name.');
    case 'stock':
      return [
        ...required(values, 'name', 'missing_name', 'The row has no name.'),
        ...required(values, 'quantity', 'missing_quantity', 'The row has no quantity (0 or more units on hand).'),
      ];
    case 'licences':
      return required(values, 'name', 'missing_name', 'The row has no name.');
  }
}

function required(values: Values, key: string, code: string, message: string): RuleProblem[] {
  return values[key] === undefined ? [{ code, message, field: key }] : [];
}

function assetRules(values: Values, settings: ImportSettings): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (values.tag === undefined && !settings.autoTag) {
    problems.push({
      code: 'missing_tag',
      field: 'tag',
      message: 'The asset has no tag: fill it in, or let tags be generated for assets without one.',
    });
  }
  if (values.modelName === undefined && values.modelNumber === undefined) {
    problems.push({
      code: 'missing_model',
      field: 'modelName',
      message: 'The asset has no model: give the model name (or its model number).',
    });
  }

  const personKey = definedOnly<PersonKey>({
    username: str(values, 'assigneeUsername'),
    email: str(values, 'assigneeEmail'),
    employeeNumber: str(values, 'assigneeEmployeeNumber'),
    name: str(values, 'assigneeName') ?? joinName(str(values, 'assigneeFirstName'), str(values, 'assigneeLastName')),
  });
  // Without a checkout type, person columns (Snipe-IT's Full Name, Email, Username) mean a person.
  const kind = values.checkoutType ?? (personKey ? 'person' : undefined);
  if (kind === 'person' && !personKey) {
    problems.push({
      code: 'missing_assignee',
      field: 'checkoutType',
      message: 'The asset is checked out to a user, but no user is named (user name, e-mail, employee number or name).',
    });
  } else if (kind === 'location' && values.assigneeLocation === undefined) {
    problems.push({
      code: 'missing_assignee',
      field: 'checkoutType',
      message: 'The asset is checked out to a location, but no location is named.',
    });
  } else if (kind === 'asset' && values.assigneeAssetTag === undefined) {
    problems.push({
      code: 'missing_assignee',
      field: 'checkoutType',
      message: 'The asset is checked out to another asset, but no asset tag is named.',
    });
  }
  if (kind !== undefined) values.checkoutType = kind;

  // An asset checked out to a location is at that location.
  const placed =
    values.location !== undefined ||
    values.locationCode !== undefined ||
    (kind === 'location' && values.assigneeLocation !== undefined);
  if (!placed && values.status !== 'on_order') {
    problems.push({
      code: 'missing_location',
      field: 'location',
      message: 'The asset has no location: every asset that is not on order needs one.',
    });
  }

  if (typeof values.purchaseCost === 'string' && values.purchaseCost.startsWith('-')) {
    problems.push({
      code: 'negative_amount',
      field: 'purchaseCost',
      message: `The purchase cost ${values.purchaseCost} is negative.`,
    });
  }
  if (values.currency === undefined && values.purchaseCost !== undefined && settings.currency)
    values.currency = settings.currency;
  if (typeof values.warrantyMonths === 'number' && values.warrantyEnd === undefined) {
    if (typeof values.purchaseDate === 'string')
      values.warrantyEnd = addMonths(values.purchaseDate, values.warrantyMonths);
    else {
      problems.push({
        code: 'warranty_without_date',
        field: 'warrantyMonths',
        severity: 'warning',
        message: `A warranty of ${values.warrantyMonths} months needs a purchase date to count from: the warranty end is left empty.`,
      });
    }
  }
  return problems;
}

function peopleRules(values: Values): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (values.name === undefined) {
    const name = joinName(str(values, 'firstName'), str(values, 'lastName'));
    if (name) values.name = name;
    else
      problems.push({
        code: 'missing_name',
        field: 'name',
        message: 'The person has no name (a full name, or first and last names).',
      });
  }
  if (typeof values.startDate === 'string' && typeof values.endDate === 'string' && values.endDate < values.startDate) {
    problems.push({
      code: 'end_before_start',
      field: 'endDate',
      message: `The end date ${values.endDate} is before the start date ${values.startDate}.`,
    });
  }
  return problems;
}

function joinName(first?: string, last?: string): string | undefined {
  const name = [first, last].filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}

export function lookupKeys(type: ImportTypeKey, values: Values): LookupKeys {
  const location = definedOnly<LocationKey>({ code: str(values, 'locationCode'), text: str(values, 'location') });
  switch (type) {
    case 'assets': {
      const kind = values.checkoutType;
      let assignee: AssigneeKey | undefined;
      if (kind === 'person') {
        const person = definedOnly<PersonKey>({
          username: str(values, 'assigneeUsername'),
          email: str(values, 'assigneeEmail'),
          employeeNumber: str(values, 'assigneeEmployeeNumber'),
          name:
            str(values, 'assigneeName') ?? joinName(str(values, 'assigneeFirstName'), str(values, 'assigneeLastName')),
        });
        if (person) assignee = { kind: 'person', person };
      } else if (kind === 'location' && values.assigneeLocation !== undefined) {
        assignee = { kind: 'location', location: { text: String(values.assigneeLocation) } };
      } else if (kind === 'asset' && values.assigneeAssetTag !== undefined) {
        assignee = { kind: 'asset', tag: String(values.assigneeAssetTag) };
      }
      return (
        definedOnly<LookupKeys>({
          modelName: str(values, 'modelName'),
          modelNumber: str(values, 'modelNumber'),
          manufacturerName: str(values, 'manufacturer'),
          categoryName: str(values, 'category'),
          supplierName: str(values, 'supplier'),
          location: location ?? (assignee?.kind === 'location' ? assignee.location : undefined),
          assignee,
        }) ?? {}
      );
    }
    case 'models':
      return (
        definedOnly<LookupKeys>({
          manufacturerName: str(values, 'manufacturer'),
          categoryName: str(values, 'category'),
        }) ?? {}
      );
    case 'people':
      return (
        definedOnly<LookupKeys>({
          departmentName: str(values, 'department'),
          location,
          manager: values.manager === undefined ? undefined : { name: String(values.manager) },
        }) ?? {}
      );
    case 'locations':
      return (
        definedOnly<LookupKeys>({
          parentLocation: values.parent === undefined ? undefined : { text: String(values.parent) },
          manager: definedOnly<PersonKey>({
            name: str(values, 'managerName'),
            username: str(values, 'managerUsername'),
            email: str(values, 'managerEmail'),
          }),
        }) ?? {}
      );
    case 'suppliers':
      return {};
    case 'stock':
    case 'licences':
      return (
        definedOnly<LookupKeys>({
          manufacturerName: str(values, 'manufacturer'),
          categoryName: str(values, 'category'),
          supplierName: str(values, 'supplier'),
          location,
        }) ?? {}
      );
  }
}

export interface MappingProblem {
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

/** Required fields that no column fills: said once for the file rather than on every row. */
export function mappingProblems(mapping: ColumnMapping, settings: ImportSettings): MappingProblem[] {
  const mapped = new Set(mapping.columns.map((c) => c.target).filter((t): t is string => t !== null));
  const has = (...keys: string[]) => keys.some((k) => mapped.has(k));
  const missing = (what: string, advice: string, severity: 'error' | 'warning' = 'error'): MappingProblem => ({
    severity,
    code: 'missing_column',
    message: `No column is mapped to ${what}: ${advice}`,
  });
  const problems: MappingProblem[] = [];
  switch (mapping.importType) {
    case 'assets':
      if (!has('tag') && !settings.autoTag)
        problems.push(missing('the asset tag', 'map the tag column, or let tags be generated.'));
      if (!has('modelName', 'modelNumber'))
        problems.push(missing('the model', 'map the model name (or model number) column.'));
      if (!has('location', 'locationCode', 'assigneeLocation')) {
        problems.push(
          missing('the location', 'only assets on order can do without one.', has('status') ? 'warning' : 'error'),
        );
      }
      break;
    case 'people':
      if (!has('name', 'firstName', 'lastName'))
        problems.push(missing('the name', 'map the full name, or the first and last names.'));
      break;
    case 'models':
      if (!has('name')) problems.push(missing('the model name', 'map it.'));
      if (!has('category')) problems.push(missing('the category', 'every model needs one.'));
      break;
    case 'stock':
      if (!has('name')) problems.push(missing('the name', 'map it.'));
      if (!has('quantity')) problems.push(missing('the quantity', 'map the quantity on hand.'));
      if (!has('location')) problems.push(missing('the location', 'stock is held at a location.'));
      break;
    default:
      if (!has('name')) problems.push(missing('the name', 'map it.'));
  }
  return problems;
}
