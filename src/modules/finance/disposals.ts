/**
 * Write-offs: disposing of an asset records, in every active book, the book value at the disposal
 * date against the proceeds (gain if above, loss if below). Called by the dispose action inside its
 * own transaction, so the asset's status, its event, its audit entry and these rows commit together.
 */
import type { Db } from '../../platform/db/database.js';
import { assetDisposals } from '../../platform/db/finance-schema.js';
import { formatCents, parseMoney } from '../../domain/depreciation/index.js';
import { profilesForAsset } from './books-repository.js';
import { prepareForAsset } from './book-figures.js';
import { readFinanceSettings } from './finance-settings.js';

interface DisposedAsset {
  id: string;
  modelId: string;
  categoryId: string;
  purchaseCost: string | null;
  purchaseDate: string | null;
}

export interface DisposalRecord {
  bookCode: string;
  bookValue: string;
  proceeds: string;
  gainLoss: string;
}

/** Records each asset's disposal on `date` ('YYYY-MM-DD') for `proceeds` (a decimal amount, each). */
export async function recordDisposals(
  tx: Db,
  list: DisposedAsset[],
  date: string,
  proceeds: string | undefined,
): Promise<Map<string, DisposalRecord[]>> {
  const { fiscalYearStartMonth } = await readFinanceSettings(tx);
  const proceedsCents = parseMoney(proceeds ?? '0') ?? 0n;
  const out = new Map<string, DisposalRecord[]>();
  for (const asset of list) {
    const records: DisposalRecord[] = [];
    const costCents = asset.purchaseCost === null ? 0n : (parseMoney(asset.purchaseCost) ?? 0n);
    for (const { book, profile } of await profilesForAsset(tx, asset)) {
      const ready = prepareForAsset(profile, asset, fiscalYearStartMonth);
      // Not depreciated in this book (no profile, no cost or no date): carried at cost until disposal.
      const value =
        ready.ok && (asset.purchaseDate ?? '') <= date
          ? ready.prepared.valueAt(date)
          : { accumulated: 0, bookValue: Number(costCents) };
      const gainLoss = Number(proceedsCents) - value.bookValue;
      const row = {
        assetId: asset.id,
        bookId: book.id,
        disposedOn: date,
        cost: formatCents(Number(costCents)),
        accumulated: formatCents(value.accumulated),
        bookValue: formatCents(value.bookValue),
        proceeds: formatCents(Number(proceedsCents)),
        gainLoss: formatCents(gainLoss),
      };
      await tx
        .insert(assetDisposals)
        .values(row)
        .onConflictDoUpdate({ target: [assetDisposals.assetId, assetDisposals.bookId], set: row });
      records.push({ bookCode: book.code, bookValue: row.bookValue, proceeds: row.proceeds, gainLoss: row.gainLoss });
    }
    out.set(asset.id, records);
  }
  return out;
}
