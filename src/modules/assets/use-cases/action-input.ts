/** What a lifecycle action takes, for one asset or a selection. */
import { z } from 'zod';
import { ASSET_ACTIONS } from '../../../domain/asset-lifecycle.js';
import { isoDateSchema, moneySchema } from '../asset-inputs.js';

export const actionSchema = z.enum(ASSET_ACTIONS);

export const actionInput = z.object({
  locationId: z
    .uuid()
    .optional()
    .describe('Destination: needed by receive, move, check in, return from repair, found.'),
  assignee: z
    .object({ type: z.enum(['person', 'location', 'asset']), id: z.uuid() })
    .optional()
    .describe('Who or what the asset is checked out to.'),
  transfer: z.boolean().default(false).describe('Check out an asset already in use to someone else, on purpose.'),
  requestReference: z.string().trim().max(100).optional().describe('The service request this is done for.'),
  expectedReturnDate: isoDateSchema.optional(),
  reason: z.string().trim().max(500).optional().describe('Why: required to dispose of an asset.'),
  proceeds: moneySchema.optional().describe('What disposal brought in (sale, scrap value).'),
  notes: z.string().trim().max(2000).optional(),
  version: z.number().int().optional().describe('For a single asset: refuse if it changed since you read it.'),
});
export type ActionInput = z.input<typeof actionInput>;

export const bulkActionInput = actionInput.omit({ version: true }).extend({
  assetIds: z.array(z.uuid()).min(1).max(1000),
});
