/**
 * Which profile a book uses: per category, per model (a model's wins over its category's), and per
 * asset (wins over both). Setting null removes the setting, so the next one down applies.
 */
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { invalidInput, notFound } from '../../platform/http/errors.js';
import { assetDepreciationOverrides, depreciationDefaults } from '../../platform/db/finance-schema.js';
import { assets, categories, models } from '../../platform/db/registry-schema.js';
import { assertLocationInScope } from '../locations/location-scope.js';
import { findBook, findDefault, findOverride, findProfile } from './books-repository.js';

export const setDefaultInput = z
  .object({
    categoryId: z.uuid().optional(),
    modelId: z.uuid().optional(),
    profileId: z.uuid().nullable().describe('The profile of this book to use; null removes the setting.'),
  })
  .refine((v) => (v.categoryId === undefined) !== (v.modelId === undefined), {
    message: 'Give either categoryId or modelId.',
    path: ['categoryId'],
  });

export const setOverrideInput = z.object({
  profileId: z.uuid().nullable().describe('The profile of this book for this asset; null goes back to the defaults.'),
});

async function activeProfileOfBook(db: Db, bookId: string, profileId: string, pointer: string) {
  const profile = await findProfile(db, profileId);
  if (!profile || profile.bookId !== bookId || profile.archivedAt) {
    throw invalidInput(pointer, 'Choose an active profile of this book.');
  }
  return profile;
}

export async function setDefault(
  s: Services,
  ctx: ActionContext,
  bookId: string,
  raw: z.input<typeof setDefaultInput>,
): Promise<{ profileId: string | null }> {
  const input = setDefaultInput.parse(raw);
  return inTransaction(s.db, async (tx) => {
    const book = await findBook(tx, bookId);
    if (!book) throw notFound('The book');
    if (input.categoryId) {
      const [c] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, input.categoryId));
      if (!c) throw invalidInput('/body/categoryId', 'No category with this id.');
    } else {
      const [m] = await tx.select({ id: models.id }).from(models).where(eq(models.id, input.modelId!));
      if (!m) throw invalidInput('/body/modelId', 'No model with this id.');
    }
    if (input.profileId) await activeProfileOfBook(tx, bookId, input.profileId, '/body/profileId');
    const before = await findDefault(tx, bookId, input);
    if (before) await tx.delete(depreciationDefaults).where(eq(depreciationDefaults.id, before.id));
    if (input.profileId) {
      await tx.insert(depreciationDefaults).values({
        bookId,
        categoryId: input.categoryId ?? null,
        modelId: input.modelId ?? null,
        profileId: input.profileId,
      });
    }
    if ((before?.profileId ?? null) !== input.profileId) {
      await s.audit.record(tx, ctx, {
        entityType: 'depreciation_book',
        entityId: bookId,
        action: 'depreciation_book.default_set',
        changes: {
          target: {
            before: null,
            after: input.categoryId ? { categoryId: input.categoryId } : { modelId: input.modelId },
          },
          profileId: { before: before?.profileId ?? null, after: input.profileId },
        },
      });
    }
    return { profileId: input.profileId };
  });
}

export async function setAssetOverride(
  s: Services,
  ctx: ActionContext,
  assetId: string,
  bookId: string,
  raw: z.input<typeof setOverrideInput>,
): Promise<{ profileId: string | null }> {
  const input = setOverrideInput.parse(raw);
  return inTransaction(s.db, async (tx) => {
    const [asset] = await tx.select().from(assets).where(eq(assets.id, assetId));
    if (!asset) throw notFound('The asset');
    await assertLocationInScope(tx, ctx, 'inventory.manage', asset.locationId, `${asset.tag}'s location`);
    const book = await findBook(tx, bookId);
    if (!book) throw notFound('The book');
    if (input.profileId) await activeProfileOfBook(tx, bookId, input.profileId, '/body/profileId');
    const before = await findOverride(tx, assetId, bookId);
    await tx
      .delete(assetDepreciationOverrides)
      .where(and(eq(assetDepreciationOverrides.assetId, assetId), eq(assetDepreciationOverrides.bookId, bookId)));
    if (input.profileId)
      await tx.insert(assetDepreciationOverrides).values({ assetId, bookId, profileId: input.profileId });
    if ((before?.profileId ?? null) !== input.profileId) {
      await s.audit.record(tx, ctx, {
        entityType: 'asset',
        entityId: assetId,
        action: 'asset.depreciation_profile_set',
        changes: {
          book: { before: null, after: book.code },
          profileId: { before: before?.profileId ?? null, after: input.profileId },
        },
      });
    }
    return { profileId: input.profileId };
  });
}
