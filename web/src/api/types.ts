/** Shorthands for the API's schemas, so components name them once. */
import type { components } from '../../../src/client/create-client';

type Schemas = components['schemas'];
export type Me = Schemas['Me'];
export type User = Schemas['User'];
export type Grant = User['grants'][number];
export type Role = Grant['role'];
export type ApiToken = Schemas['ApiToken'];
export type Job = Schemas['Job'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditVerifyReport = Schemas['AuditVerifyReport'];
export type Permission =
  | 'users.manage'
  | 'audit.read'
  | 'jobs.read_all'
  | 'settings.manage'
  | 'inventory.read'
  | 'inventory.write'
  | 'inventory.manage'
  | (string & {});

export type Location = Schemas['Location'];
export type LocationDetail = Schemas['LocationDetail'];
export type LocationSearchHit = Schemas['LocationSearchHit'];
export type LocationRef = Schemas['LocationRef'];
export type LocationKind = Location['kind'];

export type Department = Schemas['Department'];
export type Person = Schemas['Person'];
export type PersonDetail = Schemas['PersonDetail'];
export type PersonStatus = Person['status'];

export type Category = Schemas['Category'];
export type CategoryDetail = Schemas['CategoryDetail'];
export type CategoryKind = Category['kind'];
export type CustomField = Schemas['CustomFieldDefinition'];
export type CustomFieldType = CustomField['type'];
export type CustomFieldReport = Schemas['CustomFieldValueReport'];
export type Manufacturer = Schemas['Manufacturer'];
export type Supplier = Schemas['Supplier'];
export type Model = Schemas['Model'];

export type Asset = Schemas['Asset'];
export type AssetStatus = Asset['status'];
export type AssetAction = Asset['allowedActions'][number];
export type AssetEvent = Schemas['AssetEvent'];
export type Assignee = NonNullable<Asset['assignee']>;
export type StockLevel = Schemas['StockLevel'];

/** A keyset-paginated list answer. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export type StockBalance = Schemas['StockBalance'];
export type StockMovement = Schemas['StockMovement'];
export type Plan = Schemas['Plan'];
export type PlanDetail = Schemas['PlanDetail'];
