import type { AssetAction, AssetStatus } from '../../api/types';

export interface ActionSpec {
  /** The button. */
  label: string;
  /** The past tense for the toast: "QM-000123 checked out to Ada". */
  done: string;
  /** Needs a destination location (the server refuses without one). */
  location: boolean;
  /** Label of the location picker. */
  locationLabel?: string;
  /** Shown only to those who may manage the inventory (retire, dispose), per GET /me. */
  manage?: boolean;
  /** A destructive-looking button. */
  danger?: boolean;
}

export const ACTIONS: Record<AssetAction, ActionSpec> = {
  check_out: { label: 'Check out', done: 'checked out', location: false },
  check_in: { label: 'Check in', done: 'checked in', location: true, locationLabel: 'Check in to' },
  move: { label: 'Move', done: 'moved', location: true, locationLabel: 'Move to' },
  receive: { label: 'Receive', done: 'received', location: true, locationLabel: 'Receive into' },
  send_to_repair: { label: 'Send to repair', done: 'sent to repair', location: false },
  return_from_repair: {
    label: 'Return from repair',
    done: 'returned from repair',
    location: true,
    locationLabel: 'Return to',
  },
  mark_missing: { label: 'Mark missing', done: 'marked missing', location: false, danger: true },
  mark_found: { label: 'Mark found', done: 'marked found', location: true, locationLabel: 'Found at' },
  mark_lost: { label: 'Mark lost', done: 'marked lost', location: false, danger: true },
  mark_stolen: { label: 'Mark stolen', done: 'marked stolen', location: false, danger: true },
  retire: { label: 'Retire', done: 'retired', location: false, manage: true, danger: true },
  dispose: { label: 'Dispose', done: 'disposed of', location: false, manage: true, danger: true },
};

/** The actions worth a button of their own; the rest go in "More actions". */
export const PRIMARY_ACTIONS: AssetAction[] = [
  'check_out',
  'check_in',
  'receive',
  'return_from_repair',
  'mark_found',
  'move',
];

/** An asset in use is "checked out" again only as an explicit transfer to someone else. */
export function actionLabel(action: AssetAction, status: AssetStatus): string {
  if (action === 'check_out' && status === 'in_use') return 'Transfer';
  return ACTIONS[action].label;
}

/** What the history calls each event (the lifecycle actions, and the record's own creation and edits). */
export const EVENT_LABELS: Record<string, string> = {
  created: 'Created',
  received: 'Received',
  updated: 'Edited',
  receive: 'Received',
  move: 'Moved',
  check_out: 'Checked out',
  check_in: 'Checked in',
  send_to_repair: 'Sent to repair',
  return_from_repair: 'Returned from repair',
  mark_missing: 'Marked missing',
  mark_found: 'Found',
  mark_lost: 'Marked lost',
  mark_stolen: 'Marked stolen',
  retire: 'Retired',
  dispose: 'Disposed of',
  cost_recorded: 'Cost recorded',
  cost_removed: 'Cost removed',
};
