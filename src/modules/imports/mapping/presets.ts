/**
 * Mapping presets: what another product's export columns mean here. The Snipe-IT preset covers the
 * columns of Snipe-IT's own sample import files (../shared/fixtures/snipe-it/), with the meaning
 * Snipe-IT's importer gives them: in an asset file, "Full Name", "Email" and "Username" are the
 * person the asset is checked out to, "Warranty" is in months, "Item Name" is the asset's name.
 * Columns with no place here are ignored with the reason, so the mapping screen can say why.
 */
import type { AssetStatus } from '../../../domain/asset-lifecycle.js';
import type { ImportTypeKey } from './import-types.js';

export type PresetKey = 'snipe-it';

/** A preset's decision for one header: a target field, or `null` (ignored) with the reason. */
export type PresetEntry = string | { target: null; reason: string };

export interface Preset {
  key: PresetKey;
  label: string;
  /** By import type, normalised header (see normaliseHeader) → entry. */
  columns: Partial<Record<ImportTypeKey, Record<string, PresetEntry>>>;
  /** Status names of the other product (normalised) → ours. */
  statuses: Record<string, AssetStatus>;
}

const COMPANY: PresetEntry = {
  target: null,
  reason: 'Snipe-IT companies have no equivalent here (location scopes play that part).',
};

export const SNIPE_IT: Preset = {
  key: 'snipe-it',
  label: 'Snipe-IT',
  columns: {
    assets: {
      company: COMPANY,
      name: 'name',
      'item name': 'name',
      'asset tag': 'tag',
      serial: 'serial',
      'serial number': 'serial',
      category: 'category',
      supplier: 'supplier',
      manufacturer: 'manufacturer',
      location: 'location',
      'order number': 'orderReference',
      model: 'modelName',
      'model name': 'modelName',
      'model notes': 'modelNotes',
      'model number': 'modelNumber',
      'asset notes': 'notes',
      notes: 'notes',
      'purchase date': 'purchaseDate',
      'purchase cost': 'purchaseCost',
      status: 'status',
      warranty: 'warrantyMonths',
      'warranty months': 'warrantyMonths',
      'checkout type': 'checkoutType',
      'checked out to username': 'assigneeUsername',
      'checked out to first name': 'assigneeFirstName',
      'checked out to last name': 'assigneeLastName',
      'checked out to email': 'assigneeEmail',
      'checked out to location': 'assigneeLocation',
      'full name': 'assigneeName',
      email: 'assigneeEmail',
      username: 'assigneeUsername',
      'asset eol date': {
        target: null,
        reason: "An asset's end of life comes from its model's expected life here, not from a date per asset.",
      },
    },
    people: {
      'first name': 'firstName',
      'last name': 'lastName',
      email: 'email',
      username: 'username',
      location: 'location',
      'job title': 'jobTitle',
      notes: 'notes',
      'employee number': 'employeeNumber',
      manager: 'manager',
      remote: 'remote',
      'start date': 'startDate',
      'end date': 'endDate',
      company: COMPANY,
      activated: {
        target: null,
        reason: 'Sign-in accounts are separate from people here: invite users from the Users page.',
      },
      vip: { target: null, reason: 'There is no VIP flag here.' },
      gravatar: { target: null, reason: 'Avatars are not imported.' },
    },
    locations: {
      name: 'name',
      address: 'address',
      address2: 'address2',
      city: 'city',
      state: 'state',
      country: 'country',
      zip: 'postcode',
      manager: 'managerName',
      'manager username': 'managerUsername',
      currency: { target: null, reason: 'Locations have no currency here: set the currency of costs instead.' },
    },
    models: {
      name: 'name',
      category: 'category',
      manufacturer: 'manufacturer',
      'model notes': 'notes',
      'model number': 'modelNumber',
      eol: 'expectedLifeMonths',
      'min qty': 'minStock',
      fieldset: { target: null, reason: "Custom fields belong to the model's category here." },
      requestable: { target: null, reason: 'There is no request flag on models here.' },
    },
    stock: {
      company: COMPANY,
      name: 'name',
      'item name': 'name',
      category: 'category',
      supplier: 'supplier',
      manufacturer: 'manufacturer',
      qty: 'quantity',
      quantity: 'quantity',
      location: 'location',
      'order number': 'orderReference',
      'min amount': 'minQuantity',
      'model number': 'modelNumber',
      'item number': 'itemNumber',
      'serial number': 'serial',
      notes: 'notes',
      'purchase date': 'purchaseDate',
      'purchase cost': 'purchaseCost',
    },
    licences: {
      'full name': 'assigneeName',
      email: 'assigneeEmail',
      username: 'assigneeUsername',
      'item name': 'name',
      'serial number': 'productKey',
      category: 'category',
      manufacturer: 'manufacturer',
      'purchase date': 'purchaseDate',
      'purchase cost': 'purchaseCost',
      'purchase order': 'purchaseOrder',
      'order number': 'orderReference',
      'licensed to name': 'licensedToName',
      'licensed to email': 'licensedToEmail',
      'expiration date': 'expirationDate',
      maintained: 'maintained',
      reassignable: 'reassignable',
      seats: 'seats',
      company: COMPANY,
      supplier: 'supplier',
      notes: 'notes',
    },
  },
  // Snipe-IT's default status labels. "Undeployable" and "Pending" are states of a unit that is
  // not ready: in repair is the nearest; adjust with the mapping's status settings.
  statuses: {
    'ready to deploy': 'in_stock',
    deployable: 'in_stock',
    deployed: 'in_use',
    pending: 'in_stock',
    'pending diagnostics': 'in_repair',
    undeployable: 'in_repair',
    'out for repair': 'in_repair',
    'out for diagnostics': 'in_repair',
    broken: 'in_repair',
    'broken not fixable': 'retired',
    archived: 'retired',
    lost: 'lost',
    stolen: 'stolen',
  },
};

export const PRESETS: Record<PresetKey, Preset> = { 'snipe-it': SNIPE_IT };
