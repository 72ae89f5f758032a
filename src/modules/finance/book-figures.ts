/**
 * One asset in one book through the engine: its profile row (with changes) and the organisation's
 * fiscal year make the engine's profile; cost and purchase date make the asset. Used by the asset's
 * financial tab and by disposals, so both read the same figures.
 */
import {
  DepreciationInputError,
  prepareDepreciation,
  type PreparedDepreciation,
} from '../../domain/depreciation/index.js';
import type { ProfileRow } from './books-repository.js';
import { parametersOf } from './books-presenter.js';
import { engineProfileWithChanges } from './profile-parameters.js';

export type Prepared = { ok: true; prepared: PreparedDepreciation } | { ok: false; problem: string };

export function prepareForAsset(
  profile: ProfileRow | null,
  asset: { purchaseCost: string | null; purchaseDate: string | null },
  fiscalYearStartMonth: number,
): Prepared {
  if (!profile) return { ok: false, problem: 'No profile applies to this asset in this book: it is not depreciated.' };
  if (asset.purchaseCost === null)
    return { ok: false, problem: 'The asset has no purchase cost: nothing to depreciate.' };
  if (asset.purchaseDate === null)
    return { ok: false, problem: 'The asset has no purchase date: depreciation has no start.' };
  try {
    const engine = engineProfileWithChanges(parametersOf(profile), profile.changes, fiscalYearStartMonth);
    return {
      ok: true,
      prepared: prepareDepreciation(engine, { cost: asset.purchaseCost, inServiceDate: asset.purchaseDate }),
    };
  } catch (err) {
    if (err instanceof DepreciationInputError) {
      return { ok: false, problem: err.errors.map((e) => e.message).join(' ') };
    }
    throw err;
  }
}
