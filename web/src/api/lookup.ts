/**
 * The header's one box: a scanned or typed tag, location code, GTIN, serial, employee number or
 * e-mail goes straight to its page when exactly one thing matches it; otherwise to the search page.
 */
import { api, isApiError, unwrap } from './client';

export interface LookupHit {
  kind: 'asset' | 'location' | 'model' | 'person';
  id: string;
  to: string;
  label: string;
}

/** A 404 is "not this kind of thing", anything else is a real failure. */
async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

const same = (a: string | null | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();

/** Everything that matches the text exactly, most specific first. */
export async function exactMatches(text: string): Promise<LookupHit[]> {
  const q = text.trim();
  if (!q) return [];
  const isGtin = /^\d{8,14}$/.test(q);
  const [asset, location, model, bySerial, people] = await Promise.all([
    q.length <= 64
      ? orNull(unwrap(api.GET('/api/v1/assets/by-tag/{tag}', { params: { path: { tag: q } } })))
      : Promise.resolve(null),
    orNull(unwrap(api.GET('/api/v1/locations/by-code/{code}', { params: { path: { code: q } } }))),
    isGtin
      ? orNull(unwrap(api.GET('/api/v1/models/by-gtin/{gtin}', { params: { path: { gtin: q } } })))
      : Promise.resolve(null),
    // A serial: the free-text search, kept only when the serial is exactly what was typed.
    orNull(unwrap(api.GET('/api/v1/assets', { params: { query: { q, limit: 5 } } }))),
    orNull(unwrap(api.GET('/api/v1/people', { params: { query: { q, limit: 5 } } }))),
  ]);
  const hits: LookupHit[] = [];
  if (asset) hits.push({ kind: 'asset', id: asset.id, to: `/assets/${asset.id}`, label: asset.tag });
  for (const a of bySerial?.items ?? []) {
    if (same(a.serial, q) && a.id !== asset?.id)
      hits.push({ kind: 'asset', id: a.id, to: `/assets/${a.id}`, label: a.tag });
  }
  if (location) hits.push({ kind: 'location', id: location.id, to: `/locations/${location.id}`, label: location.name });
  if (model) hits.push({ kind: 'model', id: model.id, to: `/catalogue/models/${model.id}`, label: model.name });
  for (const p of people?.items ?? []) {
    if (same(p.employeeNumber, q) || same(p.email, q)) {
      hits.push({ kind: 'person', id: p.id, to: `/people/${p.id}`, label: p.name });
    }
  }
  return hits;
}
