/**
 * The order of day and month in a date column, decided from the column's own values: "1/23/23"
 * proves month/day, "23/1/23" proves day/month. A column whose values prove both is inconsistent;
 * a column of ambiguous values only ("3/4/23") stays undecided, and its ambiguous values are
 * reported for the person to choose. Nothing is guessed from other columns or from the locale.
 */
import type { DateOrder } from './column-mapping.js';
import { orderName } from './parse-dates.js';
import { dateEvidence } from './parse-values.js';

export interface DateColumnEvidence {
  firstMdy?: { row: number; value: string };
  firstDmy?: { row: number; value: string };
  ambiguous: number;
  firstAmbiguous?: { row: number; value: string };
}

export function emptyEvidence(): DateColumnEvidence {
  return { ambiguous: 0 };
}

export function addEvidence(evidence: DateColumnEvidence, raw: string, row: number): void {
  switch (dateEvidence(raw)) {
    case 'MDY':
      evidence.firstMdy ??= { row, value: raw.trim() };
      break;
    case 'DMY':
      evidence.firstDmy ??= { row, value: raw.trim() };
      break;
    case 'ambiguous':
      evidence.ambiguous++;
      evidence.firstAmbiguous ??= { row, value: raw.trim() };
      break;
    case 'none':
      break;
  }
}

/** The column has seen what it needs: a proof of either order (a second proof cannot change it). */
export function isSettled(evidence: DateColumnEvidence): boolean {
  return evidence.firstMdy !== undefined || evidence.firstDmy !== undefined;
}

export interface DateOrderDecision {
  order?: DateOrder;
  how: 'setting' | 'data' | 'mixed' | 'undecided' | 'not needed';
  /** For people: "Dates read as month/day/year: "1/23/23" in row 2 can only be 23 January." */
  message: string;
  severity?: 'error' | 'warning';
}

export function decideDateOrder(
  columnName: string,
  evidence: DateColumnEvidence,
  setting: DateOrder | undefined,
): DateOrderDecision {
  const { firstMdy, firstDmy } = evidence;
  if (setting) {
    const against = setting === 'MDY' ? firstDmy : setting === 'DMY' ? firstMdy : undefined;
    return {
      order: setting,
      how: 'setting',
      message: `${columnName}: dates read as ${orderName(setting)}, as chosen.${against ? ` But "${against.value}" in row ${against.row} cannot be read that way.` : ''}`,
      ...(against ? { severity: 'error' as const } : {}),
    };
  }
  if (firstMdy && firstDmy) {
    return {
      how: 'mixed',
      severity: 'error',
      message: `${columnName} mixes date orders: "${firstMdy.value}" in row ${firstMdy.row} is month/day, "${firstDmy.value}" in row ${firstDmy.row} is day/month. Correct the column, or choose its date order.`,
    };
  }
  if (firstMdy) {
    return {
      order: 'MDY',
      how: 'data',
      message: `${columnName}: dates read as month/day/year ("${firstMdy.value}" in row ${firstMdy.row} can only be read that way).`,
    };
  }
  if (firstDmy) {
    return {
      order: 'DMY',
      how: 'data',
      message: `${columnName}: dates read as day/month/year ("${firstDmy.value}" in row ${firstDmy.row} can only be read that way).`,
    };
  }
  if (evidence.ambiguous > 0) {
    const first = evidence.firstAmbiguous!;
    return {
      how: 'undecided',
      severity: 'error',
      message: `${columnName}: every date read so far could be day/month or month/day ("${first.value}" in row ${first.row}); choose the date order.`,
    };
  }
  return { how: 'not needed', message: `${columnName}: no date needs a day/month order.` };
}
