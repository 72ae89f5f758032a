import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { formatTag, setTagPattern, tagPattern, validateTagPattern } from '../asset-tags.js';

export const tagPatternInput = z.object({
  pattern: z.string().trim().min(3).max(40).describe('e.g. "QM-{000000}": the zeros give the number of digits.'),
});

export const tagPatternSchema = z.object({
  pattern: z.string(),
  example: z.string().describe('What the next generated tags look like.'),
});

export async function readTagPattern(s: Services) {
  const pattern = await tagPattern(s.db);
  return { pattern, example: formatTag(pattern, 123) };
}

export async function changeTagPattern(s: Services, ctx: ActionContext, raw: z.input<typeof tagPatternInput>) {
  const { pattern } = tagPatternInput.parse(raw);
  validateTagPattern(pattern);
  await s.db.transaction(async (tx) => {
    const before = await tagPattern(tx);
    await setTagPattern(tx, pattern);
    await s.audit.record(tx, ctx, {
      entityType: 'setting',
      entityId: 'asset_tag_pattern',
      action: 'setting.updated',
      changes: { pattern: { before, after: pattern } },
    });
  });
  return { pattern, example: formatTag(pattern, 123) };
}
