/**
 * The header's one box: whatever is typed or scanned (a tag, a serial, a location code, an employee
 * number or e-mail, a GTIN, a GS1 code, one of our QR links) is resolved by GET /lookup, within what
 * the user may see.
 */
import { api, unwrap } from './client';
import type { components } from '../../../src/client/create-client';

export type LookupResult = components['schemas']['LookupResult'];
export type LookupMatch = components['schemas']['LookupMatch'];

const PATHS: Record<LookupMatch['type'], string> = {
  asset: '/assets',
  location: '/locations',
  person: '/people',
  model: '/catalogue/models',
};

export function pathOf(match: Pick<LookupMatch, 'type' | 'id'>): string {
  return `${PATHS[match.type]}/${match.id}`;
}

export function lookUp(code: string): Promise<LookupResult> {
  return unwrap(api.GET('/api/v1/lookup', { params: { query: { code } } }));
}
