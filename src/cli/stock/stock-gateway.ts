/**
 * What `qm stock` needs from the product, in one shape for both ways of reaching it: the use cases
 * in this process (the database opened here) or a running server through the typed API client.
 * Either way the same rules run: the CLI only resolves codes and names to ids and prints.
 */
import type { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { parseSort } from '../../platform/http/pagination.js';
import type { ApiClient, ApiProblem } from '../../client/create-client.js';
import { lookupCode, type LookupResult } from '../../modules/scanning/lookup.js';
import { listModels } from '../../modules/catalog/models-repository.js';
import { readBalances, readMovements } from '../../modules/stock/use-cases/read-stock.js';
import { recordMovement, type MovementInput } from '../../modules/stock/use-cases/record-movement.js';
import type { stockBalanceSchema, stockMovementSchema } from '../../modules/stock/stock-presenter.js';
import { CliError } from '../cli-kit.js';

export type Balance = z.infer<typeof stockBalanceSchema>;
export type Movement = z.infer<typeof stockMovementSchema>;
export interface ModelRef {
  id: string;
  name: string;
  tracking: 'individual' | 'quantity';
}

export interface StockGateway {
  /** What a code is (location code, e-mail, employee number, asset tag, GTIN...), as the scanner reads it. */
  lookup(code: string): Promise<LookupResult>;
  /** Models whose name contains `q` (not archived). */
  models(q: string): Promise<ModelRef[]>;
  balances(query: { locationId?: string; modelId?: string; belowMinimum?: boolean }): Promise<{
    items: Balance[];
    totalOnHand: number;
  }>;
  record(input: MovementInput): Promise<{ groupId: string; items: Movement[] }>;
}

/** Exit codes: 1 bad input or not found, 2 refused by a rule (not enough stock, a conflict). */
export const EXIT_REFUSED = 2;

function refusal(status: number, message: string, errors?: { pointer: string; message: string }[]): CliError {
  const where = errors?.map((e) => `  ${e.pointer.replace(/^\/body\//, '')}: ${e.message}`).join('\n');
  return new CliError(`${message}${where ? `\n${where}` : ''}`, status === 409 ? EXIT_REFUSED : 1);
}

export function localGateway(s: Services, ctx: ActionContext): StockGateway {
  return {
    lookup: (code) => lookupCode(s, ctx, code),
    models: async (q) =>
      (
        await listModels(s.db, {
          q,
          includeArchived: false,
          sort: parseSort('name'),
          cursor: undefined,
          limit: 50,
        })
      ).map((r) => ({ id: r.row.id, name: r.row.name, tracking: r.row.tracking })),
    balances: (query) => readBalances(s, ctx, { belowMinimum: false, limit: 2000, ...query }),
    record: async (input) => {
      try {
        const recorded = await recordMovement(s, ctx, input);
        const page = await readMovements(s, ctx, { limit: 2 }, recorded.ids);
        return { groupId: recorded.groupId, items: page.items };
      } catch (err) {
        if (err instanceof AppError) throw refusal(err.status, err.message, err.errors);
        throw err;
      }
    },
  };
}

function answer<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const problem = result.error as Partial<ApiProblem> | undefined;
    throw refusal(
      result.response.status,
      problem?.detail ?? `The server answered ${result.response.status}.`,
      problem?.errors,
    );
  }
  return result.data;
}

export function remoteGateway(client: ApiClient): StockGateway {
  return {
    lookup: async (code) => answer(await client.GET('/api/v1/lookup', { params: { query: { code } } })) as LookupResult,
    models: async (q) =>
      answer(await client.GET('/api/v1/models', { params: { query: { q, limit: 50 } } })).items.map((m) => ({
        id: m.id,
        name: m.name,
        tracking: m.tracking,
      })),
    balances: async ({ belowMinimum, ...query }) =>
      answer(
        await client.GET('/api/v1/stock', {
          params: { query: { limit: 2000, ...query, ...(belowMinimum ? { belowMinimum: 'true' } : {}) } },
        }),
      ),
    record: async (input) => answer(await client.POST('/api/v1/stock/movements', { body: input })),
  };
}
