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
export type Permission = 'users.manage' | 'audit.read' | 'jobs.read_all' | 'settings.manage' | (string & {});

/** A keyset-paginated list answer. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
