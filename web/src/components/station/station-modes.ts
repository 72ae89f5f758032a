/**
 * The station's modes: what a scan does in each, what must be scanned before the assets (the
 * location or the person), and the sentence that says what will happen to the asset.
 */
import { allowedActions, STATUS_LABELS, type AssetStatus } from '../../../../src/domain/asset-lifecycle';
import type { ScanAction } from '../../api/scans';
import type { StockKind } from './stock-lines';

export type StationMode =
  | 'lookup'
  | 'receive'
  | 'move'
  | 'check_out'
  | 'check_in'
  | 'send_to_repair'
  | 'return_from_repair'
  | 'stock_receive'
  | 'stock_issue'
  | 'stock_transfer'
  | 'stock_count';

/** The modes for quantity-tracked stock, and the stock line each makes. */
export const STOCK_MODES: Partial<Record<StationMode, StockKind>> = {
  stock_receive: 'receive',
  stock_issue: 'issue',
  stock_transfer: 'transfer',
  stock_count: 'count',
};

export const STATION_MODES: readonly StationMode[] = [
  'lookup',
  'receive',
  'move',
  'check_out',
  'check_in',
  'send_to_repair',
  'return_from_repair',
  'stock_receive',
  'stock_issue',
  'stock_transfer',
  'stock_count',
];

export interface ActionMode {
  action: ScanAction;
  label: string;
  /** What is scanned first (the assets that follow go there or to them); null: assets only. */
  target: 'location' | 'person' | null;
  /** "Scan the location the assets go to." */
  targetPrompt: string;
  /** What will happen to one asset, given the target's name. */
  outcome: (target: string | null) => string;
}

export const MODE_LABELS: Record<StationMode, string> = {
  lookup: 'Look up',
  receive: 'Receive',
  move: 'Move / put away',
  check_out: 'Check out',
  check_in: 'Check in',
  send_to_repair: 'Send to repair',
  return_from_repair: 'Return from repair',
  stock_receive: 'Stock: receive',
  stock_issue: 'Stock: issue',
  stock_transfer: 'Stock: transfer',
  stock_count: 'Stock: count',
};

export const ACTION_MODES: Partial<Record<StationMode, ActionMode>> = {
  move: {
    action: 'move',
    label: MODE_LABELS.move,
    target: 'location',
    targetPrompt: 'Scan the location the assets go to (a shelf, a room, a stockroom).',
    outcome: (t) => `will move to ${t}`,
  },
  check_out: {
    action: 'check_out',
    label: MODE_LABELS.check_out,
    target: 'person',
    targetPrompt: 'Scan the person’s badge (or type their e-mail or employee number).',
    outcome: (t) => `will be checked out to ${t}`,
  },
  check_in: {
    action: 'check_in',
    label: MODE_LABELS.check_in,
    target: 'location',
    targetPrompt: 'Scan the stockroom the assets come back to.',
    outcome: (t) => `will be checked in at ${t}`,
  },
  send_to_repair: {
    action: 'send_to_repair',
    label: MODE_LABELS.send_to_repair,
    target: null,
    targetPrompt: '',
    outcome: () => 'will be sent to repair',
  },
  return_from_repair: {
    action: 'return_from_repair',
    label: MODE_LABELS.return_from_repair,
    target: 'location',
    targetPrompt: 'Scan the stockroom the repaired assets go to.',
    outcome: (t) => `will return from repair to ${t}`,
  },
};

/**
 * Why the status machine will refuse this action for an asset in `status`, or null when it should
 * pass. The server decides; this only warns at once, while the asset is still in hand.
 */
export function refusalFor(action: ScanAction, status: string): string | null {
  const s = status as AssetStatus;
  if (!(s in STATUS_LABELS)) return null;
  if (action === 'check_out' && s === 'in_use') return 'It is already in use: hand it over from its page (a transfer).';
  if (allowedActions(s).includes(action)) return null;
  return `It is ${STATUS_LABELS[s]}, so it cannot be ${
    {
      move: 'moved',
      check_out: 'checked out',
      check_in: 'checked in',
      send_to_repair: 'sent to repair',
      return_from_repair: 'returned from repair',
      mark_found: 'marked found',
    }[action]
  }.`;
}
