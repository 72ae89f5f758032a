/**
 * Every lifecycle action (receive, move, check out, check in, repair, missing/found, lost/stolen,
 * retire, dispose), for one asset or a list. The status machine decides what is allowed; the rows
 * are locked first, so of two conflicting actions at the same moment exactly one wins and the other
 * is refused with a 409 naming the asset. A list is all-or-nothing, with one event per asset.
 *
 * Actions on one asset each arriving in their own request (a help desk checking out laptops, a
 * script, many stations) are committed together when they arrive together: see `Coalescer`. Each
 * keeps its own checks, answer and history; only the transaction is shared.
 */
import type { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/database.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { Coalescer, type Outcome } from '../../../platform/coalescer.js';
import { invalidInput } from '../../../platform/http/errors.js';
import type { AssetAction } from '../../../domain/asset-lifecycle.js';
import { presentAsset, type AssetView } from '../asset-presenter.js';
import type { AssetDetailRow } from '../assets-repository.js';
import { actionInput, bulkActionInput, type ActionInput } from './action-input.js';
import { applyActionRequests, type ActionRequest, type RequestOutcome } from './apply-action-requests.js';

export { actionInput, actionSchema, bulkActionInput, type ActionInput } from './action-input.js';

/** The first refusal by phase of the checks, then by position: the same whatever the order of the assets. */
function firstRefusal(outcomes: RequestOutcome[]): RequestOutcome | undefined {
  let first: Extract<RequestOutcome, { ok: false }> | undefined;
  for (const o of outcomes) if (!o.ok && (!first || o.refusal.phase < first.refusal.phase)) first = o;
  return first;
}

/**
 * One action on a list of assets inside the caller's transaction, all or nothing (scans record their
 * outcome in the same transaction, so a scan retried after a crash is never applied twice).
 */
export async function applyInTransaction(
  s: Services,
  tx: Db,
  ctx: ActionContext,
  action: AssetAction,
  ids: string[],
  input: z.infer<typeof actionInput>,
  origin: {
    occurredAt?: Date;
    data?: Record<string, unknown>;
    skipViews?: boolean;
    /** Per asset, over the above: each scan of a synced batch has its own time and id. */
    perAsset?: Map<string, { occurredAt: Date; data: Record<string, unknown> }>;
  } = {},
): Promise<AssetView[]> {
  // Proceeds are what one asset brought in: spread over several, the write-off would count them once per asset.
  if (action === 'dispose' && input.proceeds !== undefined && ids.length > 1)
    throw invalidInput('/body/proceeds', 'Proceeds belong to one asset: dispose of sold assets one at a time.');
  const requests: ActionRequest[] = ids.map((assetId) => {
    const own = origin.perAsset?.get(assetId);
    const occurredAt = own?.occurredAt ?? origin.occurredAt;
    return {
      ctx,
      action,
      assetId,
      input,
      ...(occurredAt ? { occurredAt } : {}),
      data: { ...origin.data, ...own?.data },
    };
  });
  const outcomes = await applyActionRequests(s, tx, requests);
  const refused = firstRefusal(outcomes);
  if (refused && !refused.ok) throw refused.refusal.error;
  if (origin.skipViews) return [];
  return outcomes.map((o) => presentAsset((o as { row: AssetDetailRow }).row));
}

/** Concurrent single-asset actions, committed together (one coalescer per database). */
const coalescers = new WeakMap<Db, Coalescer<ActionRequest, AssetDetailRow>>();

function coalescerFor(s: Services): Coalescer<ActionRequest, AssetDetailRow> {
  let c = coalescers.get(s.db);
  if (!c) {
    c = new Coalescer<ActionRequest, AssetDetailRow>(
      (requests) =>
        inTransaction(s.db, async (tx): Promise<Outcome<AssetDetailRow>[]> => {
          const outcomes = await applyActionRequests(s, tx, requests);
          return outcomes.map((o) => (o.ok ? { ok: true, value: o.row } : { ok: false, error: o.refusal.error }));
        }),
      {
        maxBatch: 200,
        // PGlite has one connection: a second batch would only queue behind the first.
        maxInFlight: s.database.kind === 'pglite' ? 1 : 2,
        canJoin: (batch, r) => !batch.some((b) => b.assetId === r.assetId),
      },
    );
    coalescers.set(s.db, c);
  }
  return c;
}

export async function performAction(
  s: Services,
  ctx: ActionContext,
  assetId: string,
  action: AssetAction,
  raw: ActionInput,
): Promise<AssetView> {
  const input = actionInput.parse(raw);
  const request: ActionRequest = { ctx, action, assetId, input };
  // Into another asset: its cycle check reads the parents, which other requests of a batch could be moving.
  if (input.assignee?.type === 'asset') {
    const [view] = await inTransaction(s.db, (tx) => applyInTransaction(s, tx, ctx, action, [assetId], input));
    return view!;
  }
  return presentAsset(await coalescerFor(s).submit(request));
}

export async function performBulkAction(
  s: Services,
  ctx: ActionContext,
  action: AssetAction,
  raw: z.input<typeof bulkActionInput>,
): Promise<AssetView[]> {
  const { assetIds, ...rest } = bulkActionInput.parse(raw);
  const unique = [...new Set(assetIds)];
  const input = actionInput.parse(rest);
  return inTransaction(s.db, (tx) => applyInTransaction(s, tx, ctx, action, unique, input));
}
