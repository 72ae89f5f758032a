/**
 * Who is acting and through what. Every use case takes this first, so rules and the audit log see
 * the same actor whether the call came from the web app, the API, the CLI, an import or a scan.
 */
import type { Grant } from '../domain/permissions.js';

export type Source = 'web' | 'api' | 'cli' | 'import' | 'scan' | 'integration' | 'system';

export interface Actor {
  type: 'user' | 'token' | 'system';
  userId: string | null;
  tokenId: string | null;
  /** Human-readable: the user's e-mail, "token <name> of <email>", or "system". */
  label: string;
  grants: Grant[];
  /** A read-only token may not write. */
  readOnly: boolean;
}

export interface ActionContext {
  actor: Actor;
  source: Source;
  requestId: string | null;
}

export const systemActor: Actor = {
  type: 'system',
  userId: null,
  tokenId: null,
  label: 'system',
  grants: [{ role: 'admin', locationId: null }],
  readOnly: false,
};

export function systemContext(source: Source = 'system'): ActionContext {
  return { actor: systemActor, source, requestId: null };
}
