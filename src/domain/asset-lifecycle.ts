/**
 * The asset status machine: which action is allowed from which status, and what it leads to.
 * Pure: the use cases ask it before changing anything, and its refusals are what users read
 * ("QM-000123 is retired and cannot be checked out").
 */

export const ASSET_STATUSES = [
  'on_order',
  'in_stock',
  'in_use',
  'in_repair',
  'in_transit',
  'missing',
  'retired',
  'disposed',
  'lost',
  'stolen',
] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const ASSET_ACTIONS = [
  'receive',
  'move',
  'check_out',
  'check_in',
  'send_to_repair',
  'return_from_repair',
  'mark_missing',
  'mark_found',
  'mark_lost',
  'mark_stolen',
  'retire',
  'dispose',
] as const;
export type AssetAction = (typeof ASSET_ACTIONS)[number];

export const STATUS_LABELS: Record<AssetStatus, string> = {
  on_order: 'on order',
  in_stock: 'in stock',
  in_use: 'in use',
  in_repair: 'in repair',
  in_transit: 'in transit',
  missing: 'missing',
  retired: 'retired',
  disposed: 'disposed',
  lost: 'lost',
  stolen: 'stolen',
};

export const ACTION_LABELS: Record<AssetAction, string> = {
  receive: 'received',
  move: 'moved',
  check_out: 'checked out',
  check_in: 'checked in',
  send_to_repair: 'sent to repair',
  return_from_repair: 'returned from repair',
  mark_missing: 'marked missing',
  mark_found: 'marked found',
  mark_lost: 'marked lost',
  mark_stolen: 'marked stolen',
  retire: 'retired',
  dispose: 'disposed of',
};

/** What an action does to the assignee: keep it, set a new one, or clear it. */
export type AssigneeEffect = 'keep' | 'set' | 'clear';

interface Rule {
  from: readonly AssetStatus[];
  /** The status after the action; 'same' keeps it (a move). */
  to: AssetStatus | 'same';
  assignee: AssigneeEffect;
  /** The action needs a destination location. */
  needsLocation: boolean;
  /** Why it is refused from statuses not in `from`, when a generic message would not help. */
  hint?: Partial<Record<AssetStatus, string>>;
}

const ACTIVE: readonly AssetStatus[] = ['in_stock', 'in_use', 'in_repair', 'in_transit'];

const RULES: Record<AssetAction, Rule> = {
  receive: { from: ['on_order'], to: 'in_stock', assignee: 'clear', needsLocation: true },
  move: {
    from: ['in_stock', 'in_use', 'in_transit', 'in_repair', 'retired'],
    to: 'same',
    assignee: 'keep',
    needsLocation: true,
  },
  check_out: {
    from: ['in_stock'],
    to: 'in_use',
    assignee: 'set',
    needsLocation: false,
    hint: {
      in_use: 'is already checked out; check it in first or make it an explicit transfer',
      on_order: 'has not been received yet',
    },
  },
  check_in: { from: ['in_use'], to: 'in_stock', assignee: 'clear', needsLocation: true },
  send_to_repair: { from: ['in_stock', 'in_use'], to: 'in_repair', assignee: 'clear', needsLocation: false },
  return_from_repair: { from: ['in_repair'], to: 'in_stock', assignee: 'clear', needsLocation: true },
  mark_missing: { from: ACTIVE, to: 'missing', assignee: 'keep', needsLocation: false },
  mark_found: { from: ['missing', 'lost', 'stolen'], to: 'in_stock', assignee: 'clear', needsLocation: true },
  mark_lost: { from: [...ACTIVE, 'missing'], to: 'lost', assignee: 'keep', needsLocation: false },
  mark_stolen: { from: [...ACTIVE, 'missing'], to: 'stolen', assignee: 'keep', needsLocation: false },
  retire: {
    from: ['in_stock', 'in_repair', 'missing', 'lost', 'stolen'],
    to: 'retired',
    assignee: 'clear',
    needsLocation: false,
    hint: { in_use: 'is in use; check it in before retiring it' },
  },
  dispose: {
    from: ['retired'],
    to: 'disposed',
    assignee: 'clear',
    needsLocation: false,
    hint: {
      in_stock: 'must be retired before it is disposed of',
      in_use: 'must be checked in and retired before it is disposed of',
    },
  },
};

export interface TransitionRequest {
  tag: string;
  status: AssetStatus;
  action: AssetAction;
  /** A check-out of an asset already in use, reassigning it on purpose. */
  transfer?: boolean;
}

export type Transition =
  | { allowed: true; to: AssetStatus; assignee: AssigneeEffect; needsLocation: boolean }
  | { allowed: false; reason: string };

export function planTransition(req: TransitionRequest): Transition {
  const rule = RULES[req.action];
  if (req.action === 'check_out' && req.transfer && req.status === 'in_use') {
    return { allowed: true, to: 'in_use', assignee: 'set', needsLocation: false };
  }
  if (!rule.from.includes(req.status)) {
    const hint = rule.hint?.[req.status];
    const verb = ACTION_LABELS[req.action];
    return {
      allowed: false,
      reason: hint ? `${req.tag} ${hint}.` : `${req.tag} is ${STATUS_LABELS[req.status]} and cannot be ${verb}.`,
    };
  }
  return {
    allowed: true,
    to: rule.to === 'same' ? (req.status === 'in_transit' ? 'in_stock' : req.status) : rule.to,
    assignee: rule.assignee,
    needsLocation: rule.needsLocation,
  };
}

/** The actions allowed from a status, for the web app's buttons (GET /assets/:id says which). */
export function allowedActions(status: AssetStatus): AssetAction[] {
  return ASSET_ACTIONS.filter((a) => RULES[a].from.includes(status) || (a === 'check_out' && status === 'in_use'));
}

/** Statuses an asset can be created in directly (receive creates in stock; orders create on order). */
export const CREATABLE_STATUSES: readonly AssetStatus[] = ['on_order', 'in_stock', 'in_use', 'in_repair', 'retired'];
