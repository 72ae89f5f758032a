/**
 * What can be imported and into which fields: each import type lists its target fields with their
 * value type (how a cell is parsed, parse-values.ts), the header names that map to them
 * automatically, and which combinations must be unique within a file.
 *
 * Licences are declared so that their files can be mapped and checked, but are not importable yet
 * (there is no licence module).
 */

export type ValueType =
  | 'text'
  /** Text that Excel may have mangled into scientific notation: serials, model numbers, references. */
  | 'identifier'
  /** An asset tag: an identifier without spaces, at most 64 characters. */
  | 'tag'
  | 'date'
  | 'money'
  | 'integer'
  | 'boolean'
  | 'email'
  | 'currency'
  | 'status'
  | 'checkout_type';

export interface TargetField {
  key: string;
  label: string;
  type: ValueType;
  /** Header names (any case, spacing or punctuation) that map to this field. */
  aliases: readonly string[];
  /** What the column accepts, for the mapping screen and the template's instructions. */
  help: string;
  maxLength?: number;
  min?: number;
  max?: number;
}

export type ImportTypeKey = 'assets' | 'locations' | 'models' | 'people' | 'suppliers' | 'stock' | 'licences';

export interface UniqueKey {
  /** Problem code when two rows share the key. */
  code: string;
  /** "tag", "serial number (same manufacturer)". */
  label: string;
  /** Fields whose values, together and ignoring case, must not repeat. */
  fields: readonly string[];
  /** The key is only checked when these fields have a value. */
  requires: readonly string[];
}

export interface ImportType {
  key: ImportTypeKey;
  label: string;
  importable: boolean;
  /** Why not, when not importable. */
  notImportable?: string;
  /** Custom fields of the category can be mapped (`custom:<key>`). */
  customFields: boolean;
  fields: readonly TargetField[];
  unique: readonly UniqueKey[];
}

const text = (key: string, label: string, aliases: string[], help: string, maxLength = 255): TargetField => ({
  key,
  label,
  type: 'text',
  aliases,
  help,
  maxLength,
});
const identifier = (key: string, label: string, aliases: string[], help: string, maxLength = 128): TargetField => ({
  key,
  label,
  type: 'identifier',
  aliases,
  help,
  maxLength,
});
const field = (
  key: string,
  label: string,
  type: ValueType,
  aliases: string[],
  help: string,
  extra: Partial<TargetField> = {},
) => ({
  key,
  label,
  type,
  aliases,
  help,
  ...extra,
});

const NOTES = text('notes', 'Notes', ['notes', 'note', 'comments', 'comment', 'remarks'], 'Free text.', 10_000);
const EMAIL_HELP = 'An e-mail address such as name@example.com.';
const DATE_HELP =
  'A date: 2023-01-23, 23/01/2023 or 1/23/23 (the order of day and month is detected from the column), 23 Jan 2023.';
const MONEY_HELP =
  'An amount such as 1299.00, 1,299.00 or $1,299.00 (with a comma for decimals when the decimal separator is set to comma); at most two decimals.';

const LICENCE_MESSAGE = 'not importable yet: licences arrive with the licence module';

export const ASSET_FIELDS: readonly TargetField[] = [
  field(
    'tag',
    'Asset tag',
    'tag',
    ['asset tag', 'tag', 'asset id', 'asset number', 'asset no', 'inventory number', 'property tag'],
    'The asset tag, unique (at most 64 characters, no spaces). Left empty, a tag is generated when that is allowed.',
  ),
  identifier(
    'serial',
    'Serial number',
    ['serial', 'serial number', 'serial no', 'sn', 'service tag'],
    "The manufacturer's serial number, unique for a manufacturer.",
  ),
  text(
    'name',
    'Asset name',
    ['name', 'asset name', 'item name', 'hostname', 'host name', 'device name', 'computer name'],
    'A name for this asset (a host name, say).',
  ),
  text(
    'modelName',
    'Model',
    ['model', 'model name', 'product', 'product name'],
    'The model name: an existing model, or one that is created.',
  ),
  identifier(
    'modelNumber',
    'Model number',
    ['model number', 'model no', 'part number', 'mpn', 'product number', 'sku'],
    "The manufacturer's model or part number.",
  ),
  text('modelNotes', 'Model notes', ['model notes'], 'Notes for the model, when it is created.', 10_000),
  text(
    'category',
    'Category',
    ['category', 'asset type', 'device type', 'type'],
    'The category of a model that is created.',
  ),
  text(
    'manufacturer',
    'Manufacturer',
    ['manufacturer', 'make', 'brand'],
    'The manufacturer: an existing one, or one that is created.',
  ),
  field(
    'status',
    'Status',
    'status',
    ['status', 'state', 'status label', 'asset status'],
    'on order, in stock, in use, in repair, in transit, missing, retired, disposed, lost or stolen (other names can be mapped to these).',
  ),
  text(
    'location',
    'Location',
    ['location', 'location name', 'site', 'room', 'default location'],
    'Where the asset is: a location code or name.',
  ),
  identifier(
    'locationCode',
    'Location code',
    ['location code', 'site code', 'room code'],
    'Where the asset is, by location code.',
    64,
  ),
  text(
    'supplier',
    'Supplier',
    ['supplier', 'vendor', 'reseller', 'purchased from'],
    'The supplier: an existing one, or one that is created.',
  ),
  identifier(
    'orderReference',
    'Order reference',
    ['order number', 'order reference', 'order no', 'order', 'purchase order', 'po', 'po number'],
    'The purchase order or order number.',
  ),
  field(
    'purchaseDate',
    'Purchase date',
    'date',
    ['purchase date', 'purchased', 'date purchased', 'purchased on', 'order date', 'acquisition date'],
    DATE_HELP,
  ),
  field(
    'purchaseCost',
    'Purchase cost',
    'money',
    ['purchase cost', 'cost', 'price', 'purchase price', 'unit cost', 'value'],
    MONEY_HELP,
  ),
  field(
    'currency',
    'Currency',
    'currency',
    ['currency', 'currency code'],
    'A three-letter currency code (EUR, USD); the default currency otherwise.',
  ),
  field(
    'warrantyEnd',
    'Warranty end',
    'date',
    [
      'warranty end',
      'warranty end date',
      'warranty expires',
      'warranty expiry',
      'warranty expiration',
      'warranty expiration date',
      'warranty until',
    ],
    DATE_HELP,
  ),
  field(
    'warrantyMonths',
    'Warranty (months)',
    'integer',
    ['warranty', 'warranty months', 'warranty period', 'warranty length', 'warranty term'],
    'The warranty in whole months from the purchase date (0 to 600).',
    { min: 0, max: 600 },
  ),
  { ...NOTES, aliases: [...NOTES.aliases, 'asset notes', 'description'] },
  field(
    'checkoutType',
    'Checked out to (type)',
    'checkout_type',
    ['checkout type', 'checked out to type', 'assigned type', 'assignee type'],
    'user (a person), location or asset; empty when the asset is not checked out.',
  ),
  text(
    'assigneeName',
    'Checked out to: name',
    [
      'full name',
      'checked out to',
      'checked out to name',
      'checked out to full name',
      'assigned to',
      'assignee',
      'user',
      'employee name',
    ],
    "The person's full name.",
  ),
  text(
    'assigneeFirstName',
    'Checked out to: first name',
    ['first name', 'checked out to first name', 'given name'],
    "The person's first name.",
  ),
  text(
    'assigneeLastName',
    'Checked out to: last name',
    ['last name', 'checked out to last name', 'surname', 'family name'],
    "The person's last name.",
  ),
  identifier(
    'assigneeUsername',
    'Checked out to: username',
    ['username', 'user name', 'login', 'checked out to username', 'assigned to username'],
    "The person's user name.",
    255,
  ),
  field(
    'assigneeEmail',
    'Checked out to: e-mail',
    'email',
    ['email', 'e mail', 'email address', 'checked out to email', 'assigned to email', 'user email'],
    EMAIL_HELP,
  ),
  identifier(
    'assigneeEmployeeNumber',
    'Checked out to: employee number',
    ['employee number', 'employee no', 'employee id', 'staff number', 'checked out to employee number'],
    "The person's employee number.",
    64,
  ),
  text(
    'assigneeLocation',
    'Checked out to: location',
    ['checked out to location', 'assigned location', 'assigned to location'],
    'The location the asset is checked out to (code or name).',
  ),
  field(
    'assigneeAssetTag',
    'Checked out to: asset',
    'tag',
    ['checked out to asset', 'assigned asset', 'parent asset tag'],
    'The tag of the asset this one is checked out to.',
  ),
];

export const LOCATION_FIELDS: readonly TargetField[] = [
  identifier(
    'code',
    'Code',
    ['code', 'location code', 'site code'],
    'A short unique code (generated from the name when empty).',
    64,
  ),
  text('name', 'Name', ['name', 'location', 'location name'], 'The name of the location.'),
  text(
    'parent',
    'Parent location',
    ['parent', 'parent location', 'parent name', 'parent code', 'within'],
    'The location this one is inside (code or name); empty for a site.',
  ),
  text('kind', 'Kind', ['kind', 'location type', 'type'], 'site, building, floor, room, stockroom...'),
  text('address', 'Address', ['address', 'street', 'address 1', 'address line 1'], 'Street and number.'),
  text('address2', 'Address (second line)', ['address 2', 'address line 2'], 'A second address line.'),
  text('city', 'City', ['city', 'town'], 'City.'),
  text('state', 'State or region', ['state', 'county', 'region', 'province'], 'State, county or region.'),
  text('postcode', 'Postcode', ['zip', 'zip code', 'postcode', 'postal code', 'post code'], 'Postcode.'),
  text('country', 'Country', ['country'], 'Country.'),
  text('managerName', 'Manager', ['manager', 'manager name'], "The manager's name."),
  identifier('managerUsername', 'Manager: username', ['manager username'], "The manager's user name.", 255),
  field('managerEmail', 'Manager: e-mail', 'email', ['manager email'], EMAIL_HELP),
  NOTES,
];

export const MODEL_FIELDS: readonly TargetField[] = [
  text('name', 'Name', ['name', 'model', 'model name'], 'The model name, unique for its manufacturer.'),
  text('category', 'Category', ['category', 'type'], 'The category: an existing one, or one that is created.'),
  text(
    'manufacturer',
    'Manufacturer',
    ['manufacturer', 'make', 'brand'],
    'The manufacturer: an existing one, or one that is created.',
  ),
  identifier(
    'modelNumber',
    'Model number',
    ['model number', 'model no', 'part number', 'mpn', 'product number', 'sku'],
    "The manufacturer's model or part number.",
  ),
  identifier('gtin', 'GTIN / EAN', ['gtin', 'ean', 'upc', 'barcode'], 'The GTIN, EAN or UPC on the box.', 14),
  field(
    'expectedLifeMonths',
    'Expected life (months)',
    'integer',
    ['eol', 'eol months', 'expected life', 'expected life months', 'lifetime months', 'end of life months'],
    'How many months a unit is expected to serve.',
    { min: 0, max: 1200 },
  ),
  field(
    'minStock',
    'Minimum stock',
    'integer',
    ['min qty', 'minimum quantity', 'min stock', 'minimum stock', 'reorder level'],
    'Stock level below which to reorder.',
    { min: 0, max: 1_000_000 },
  ),
  field('defaultUnitCost', 'Default unit cost', 'money', ['cost', 'unit cost', 'default cost', 'price'], MONEY_HELP),
  field('currency', 'Currency', 'currency', ['currency', 'currency code'], 'A three-letter currency code.'),
  { ...NOTES, aliases: [...NOTES.aliases, 'model notes', 'description'] },
];

export const PEOPLE_FIELDS: readonly TargetField[] = [
  text('name', 'Full name', ['name', 'full name', 'display name'], 'The full name (or give first and last names).'),
  text('firstName', 'First name', ['first name', 'given name', 'firstname'], 'First name.'),
  text('lastName', 'Last name', ['last name', 'surname', 'family name', 'lastname'], 'Last name.'),
  field('email', 'E-mail', 'email', ['email', 'e mail', 'email address', 'mail'], EMAIL_HELP),
  identifier(
    'username',
    'Username',
    ['username', 'user name', 'login'],
    'The user name in other systems (matched when assets are checked out by user name).',
    255,
  ),
  identifier(
    'employeeNumber',
    'Employee number',
    ['employee number', 'employee no', 'employee id', 'staff number', 'personnel number'],
    'Unique employee number.',
    64,
  ),
  text('jobTitle', 'Job title', ['job title', 'title', 'position', 'role'], 'Job title.'),
  text(
    'department',
    'Department',
    ['department', 'dept', 'team'],
    'The department: an existing one, or one that is created.',
  ),
  identifier('costCentre', 'Cost centre', ['cost centre', 'cost center'], 'Cost centre.', 64),
  text('location', 'Location', ['location', 'office', 'site'], 'Where the person works (code or name).'),
  text(
    'manager',
    'Manager',
    ['manager', 'manager name', 'line manager', 'reports to'],
    "The manager's name, e-mail or employee number.",
  ),
  field('remote', 'Remote', 'boolean', ['remote', 'remote worker', 'works remotely'], 'yes or no.'),
  field('startDate', 'Start date', 'date', ['start date', 'hire date', 'joined', 'date joined'], DATE_HELP),
  field('endDate', 'End date', 'date', ['end date', 'leave date', 'leaving date', 'termination date'], DATE_HELP),
  NOTES,
];

export const SUPPLIER_FIELDS: readonly TargetField[] = [
  text('name', 'Name', ['name', 'supplier', 'supplier name', 'vendor'], 'The supplier name, unique.'),
  text('contactName', 'Contact', ['contact', 'contact name', 'contact person'], 'The person to talk to.'),
  field('email', 'E-mail', 'email', ['email', 'e mail', 'email address'], EMAIL_HELP),
  text('phone', 'Phone', ['phone', 'telephone', 'phone number'], 'Phone number.'),
  text('website', 'Website', ['website', 'url', 'web', 'web site'], 'Web address.'),
  identifier(
    'accountNumber',
    'Account number',
    ['account number', 'customer number', 'account'],
    'Your account number with them.',
  ),
  field(
    'leadTimeDays',
    'Lead time (days)',
    'integer',
    ['lead time', 'lead time days', 'delivery days'],
    'Usual days from order to delivery.',
    { min: 0, max: 3650 },
  ),
  text('address', 'Address', ['address'], 'Postal address.', 1000),
  NOTES,
];

export const STOCK_FIELDS: readonly TargetField[] = [
  text('name', 'Name', ['name', 'item name', 'item'], 'The item (a model tracked by quantity).'),
  text('category', 'Category', ['category'], 'Category.'),
  text('manufacturer', 'Manufacturer', ['manufacturer', 'make', 'brand'], 'Manufacturer.'),
  text('supplier', 'Supplier', ['supplier', 'vendor'], 'Supplier.'),
  identifier('modelNumber', 'Model number', ['model number', 'part number', 'mpn'], 'Model or part number.'),
  identifier('itemNumber', 'Item number', ['item number', 'item no', 'sku'], 'Item number.'),
  identifier('serial', 'Serial number', ['serial', 'serial number'], 'Serial number (components).'),
  field('quantity', 'Quantity', 'integer', ['qty', 'quantity', 'count', 'on hand'], 'Units in stock.', {
    min: 0,
    max: 100_000_000,
  }),
  field(
    'minQuantity',
    'Minimum quantity',
    'integer',
    ['min amount', 'min qty', 'minimum', 'minimum quantity'],
    'Reorder level.',
    { min: 0, max: 100_000_000 },
  ),
  text('location', 'Location', ['location', 'stockroom'], 'Where the stock is (code or name).'),
  identifier(
    'orderReference',
    'Order reference',
    ['order number', 'order reference', 'purchase order'],
    'Order number.',
  ),
  field('purchaseDate', 'Purchase date', 'date', ['purchase date'], DATE_HELP),
  field('purchaseCost', 'Purchase cost', 'money', ['purchase cost', 'cost', 'unit cost', 'price'], MONEY_HELP),
  NOTES,
];

export const LICENCE_FIELDS: readonly TargetField[] = [
  text(
    'name',
    'Name',
    ['name', 'item name', 'software', 'licence', 'license', 'licence name', 'license name'],
    'The software licensed.',
  ),
  identifier(
    'productKey',
    'Product key',
    ['serial number', 'serial', 'product key', 'licence key', 'license key'],
    'Licence or product key.',
    2000,
  ),
  text('category', 'Category', ['category'], 'Category.'),
  text('manufacturer', 'Manufacturer', ['manufacturer', 'publisher', 'vendor'], 'Publisher.'),
  text('supplier', 'Supplier', ['supplier', 'reseller'], 'Supplier.'),
  field('purchaseDate', 'Purchase date', 'date', ['purchase date'], DATE_HELP),
  field('purchaseCost', 'Purchase cost', 'money', ['purchase cost', 'cost', 'price'], MONEY_HELP),
  identifier('purchaseOrder', 'Purchase order', ['purchase order', 'po', 'po number'], 'Purchase order.'),
  identifier('orderReference', 'Order number', ['order number', 'order reference'], 'Order number.'),
  text('licensedToName', 'Licensed to', ['licensed to name', 'licensed to'], 'Who the licence is registered to.'),
  field('licensedToEmail', 'Licensed to: e-mail', 'email', ['licensed to email'], EMAIL_HELP),
  field(
    'expirationDate',
    'Expires',
    'date',
    ['expiration date', 'expires', 'expiry date', 'expiry', 'end date'],
    DATE_HELP,
  ),
  field('maintained', 'Maintained', 'boolean', ['maintained', 'maintenance'], 'yes or no.'),
  field('reassignable', 'Reassignable', 'boolean', ['reassignable'], 'yes or no.'),
  field('seats', 'Seats', 'integer', ['seats', 'seat count', 'quantity', 'qty'], 'How many seats.', {
    min: 0,
    max: 100_000_000,
  }),
  text('assigneeName', 'Assigned to: name', ['full name'], "The person's full name."),
  identifier('assigneeUsername', 'Assigned to: username', ['username'], "The person's user name.", 255),
  field('assigneeEmail', 'Assigned to: e-mail', 'email', ['email'], EMAIL_HELP),
  NOTES,
];

export const IMPORT_TYPES: Record<ImportTypeKey, ImportType> = {
  assets: {
    key: 'assets',
    label: 'Assets',
    importable: true,
    customFields: true,
    fields: ASSET_FIELDS,
    unique: [
      { code: 'duplicate_tag', label: 'tag', fields: ['tag'], requires: ['tag'] },
      {
        code: 'duplicate_serial',
        label: 'serial number (for the same manufacturer)',
        fields: ['manufacturer', 'serial'],
        requires: ['serial'],
      },
    ],
  },
  locations: {
    key: 'locations',
    label: 'Locations',
    importable: true,
    customFields: false,
    fields: LOCATION_FIELDS,
    unique: [{ code: 'duplicate_code', label: 'location code', fields: ['code'], requires: ['code'] }],
  },
  models: {
    key: 'models',
    label: 'Models',
    importable: true,
    customFields: false,
    fields: MODEL_FIELDS,
    unique: [
      {
        code: 'duplicate_model',
        label: 'model (name and manufacturer)',
        fields: ['manufacturer', 'name'],
        requires: ['name'],
      },
      { code: 'duplicate_gtin', label: 'GTIN', fields: ['gtin'], requires: ['gtin'] },
    ],
  },
  people: {
    key: 'people',
    label: 'People',
    importable: true,
    customFields: false,
    fields: PEOPLE_FIELDS,
    unique: [
      { code: 'duplicate_email', label: 'e-mail address', fields: ['email'], requires: ['email'] },
      {
        code: 'duplicate_employee_number',
        label: 'employee number',
        fields: ['employeeNumber'],
        requires: ['employeeNumber'],
      },
    ],
  },
  suppliers: {
    key: 'suppliers',
    label: 'Suppliers',
    importable: true,
    customFields: false,
    fields: SUPPLIER_FIELDS,
    unique: [{ code: 'duplicate_name', label: 'supplier name', fields: ['name'], requires: ['name'] }],
  },
  stock: {
    key: 'stock',
    label: 'Quantity-tracked stock (accessories, consumables, components)',
    importable: true,
    customFields: false,
    fields: STOCK_FIELDS,
    unique: [],
  },
  licences: {
    key: 'licences',
    label: 'Licences',
    importable: false,
    notImportable: LICENCE_MESSAGE,
    customFields: false,
    fields: LICENCE_FIELDS,
    unique: [],
  },
};

export const IMPORT_TYPE_KEYS = Object.keys(IMPORT_TYPES) as ImportTypeKey[];

export function importType(key: ImportTypeKey): ImportType {
  return IMPORT_TYPES[key];
}

/** The prefix of a target that is a custom field of the category: `custom:warranty_provider`. */
export const CUSTOM_PREFIX = 'custom:';

export function fieldOf(type: ImportType, key: string): TargetField | undefined {
  return type.fields.find((f) => f.key === key);
}
