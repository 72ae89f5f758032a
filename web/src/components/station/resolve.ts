/**
 * "What is this code?" for the station: GET /lookup, remembered for the session so that a code
 * seen online is still recognised when the connection drops. Offline, a code never seen gives
 * `offline: true` and the station queues it for the server to read.
 */
import { lookUp, type LookupResult } from '../../api/lookup';

export type Resolved = { offline: false; result: LookupResult } | { offline: true; result: LookupResult | null };

const seen = new Map<string, LookupResult>();
const LIMIT = 5000;

let seenBy: string | null = null;

/**
 * Keeps the codes seen only for the user who saw them: another user signing in on this tab must not
 * be shown, offline, what the previous one could see (access is scoped by location).
 */
export function rememberCodesFor(userId: string) {
  if (seenBy !== userId) seen.clear();
  seenBy = userId;
}

export async function resolveCode(code: string): Promise<Resolved> {
  try {
    const result = await lookUp(code);
    if (seen.size >= LIMIT) seen.delete(seen.keys().next().value!);
    seen.set(code, result);
    return { offline: false, result };
  } catch (err) {
    if (err instanceof TypeError) return { offline: true, result: seen.get(code) ?? null };
    throw err;
  }
}
