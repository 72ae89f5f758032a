import { describe, expect, it } from 'vitest';
import {
  ASSET_ACTIONS,
  ASSET_STATUSES,
  allowedActions,
  planTransition,
  type AssetAction,
  type AssetStatus,
} from './asset-lifecycle.js';

const plan = (status: AssetStatus, action: AssetAction, transfer = false) =>
  planTransition({ tag: 'QM-000123', status, action, transfer });

describe('the asset status machine', () => {
  it('checks out an asset in stock, putting it in use with an assignee', () => {
    expect(plan('in_stock', 'check_out')).toEqual({
      allowed: true,
      to: 'in_use',
      assignee: 'set',
      needsLocation: false,
    });
  });

  it('cannot check out a retired asset, and says so with the tag', () => {
    expect(plan('retired', 'check_out')).toEqual({
      allowed: false,
      reason: 'QM-000123 is retired and cannot be checked out.',
    });
  });

  it('refuses to check out an asset already in use unless it is an explicit transfer', () => {
    const refused = plan('in_use', 'check_out');
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.reason).toContain('already checked out');
    expect(plan('in_use', 'check_out', true)).toMatchObject({ allowed: true, to: 'in_use', assignee: 'set' });
  });

  it('does not treat a transfer of an asset in stock as anything but a check-out', () => {
    expect(plan('in_stock', 'check_out', true)).toMatchObject({ allowed: true, to: 'in_use' });
  });

  it('checks in only what is in use, to a location, clearing the assignee', () => {
    expect(plan('in_use', 'check_in')).toEqual({
      allowed: true,
      to: 'in_stock',
      assignee: 'clear',
      needsLocation: true,
    });
    expect(plan('in_stock', 'check_in').allowed).toBe(false);
  });

  it('receives only what is on order', () => {
    expect(plan('on_order', 'receive')).toMatchObject({ allowed: true, to: 'in_stock', needsLocation: true });
    expect(plan('in_stock', 'receive').allowed).toBe(false);
  });

  it('sends to repair from stock or use, and returns to stock', () => {
    expect(plan('in_use', 'send_to_repair')).toMatchObject({ allowed: true, to: 'in_repair', assignee: 'clear' });
    expect(plan('in_repair', 'return_from_repair')).toMatchObject({
      allowed: true,
      to: 'in_stock',
      needsLocation: true,
    });
    expect(plan('retired', 'send_to_repair').allowed).toBe(false);
  });

  it('moves keep the status, except that an asset in transit arrives in stock', () => {
    expect(plan('in_use', 'move')).toMatchObject({ allowed: true, to: 'in_use', assignee: 'keep' });
    expect(plan('in_transit', 'move')).toMatchObject({ allowed: true, to: 'in_stock' });
    expect(plan('disposed', 'move').allowed).toBe(false);
  });

  it('marks missing, then found back into stock', () => {
    expect(plan('in_use', 'mark_missing')).toMatchObject({ allowed: true, to: 'missing' });
    expect(plan('missing', 'mark_found')).toMatchObject({ allowed: true, to: 'in_stock', needsLocation: true });
    expect(plan('in_stock', 'mark_found').allowed).toBe(false);
  });

  it('marks lost or stolen from any active status or missing', () => {
    for (const from of ['in_stock', 'in_use', 'in_repair', 'in_transit', 'missing'] as const) {
      expect(plan(from, 'mark_lost')).toMatchObject({ allowed: true, to: 'lost' });
      expect(plan(from, 'mark_stolen')).toMatchObject({ allowed: true, to: 'stolen' });
    }
    expect(plan('disposed', 'mark_stolen').allowed).toBe(false);
  });

  it('cannot retire an asset in use: check it in first', () => {
    const refused = plan('in_use', 'retire');
    expect(refused.allowed === false && refused.reason).toBe('QM-000123 is in use; check it in before retiring it.');
    expect(plan('in_stock', 'retire')).toMatchObject({ allowed: true, to: 'retired' });
  });

  it('disposes only of retired assets', () => {
    expect(plan('retired', 'dispose')).toMatchObject({ allowed: true, to: 'disposed' });
    const refused = plan('in_stock', 'dispose');
    expect(refused.allowed === false && refused.reason).toContain('must be retired');
  });

  it('allows nothing from disposed: a disposed asset is gone', () => {
    expect(allowedActions('disposed')).toEqual([]);
  });

  it('answers every status and action pair without throwing', () => {
    for (const s of ASSET_STATUSES) for (const a of ASSET_ACTIONS) expect(() => plan(s, a)).not.toThrow();
  });

  it('lists the actions allowed from a status for the web app', () => {
    expect(allowedActions('in_stock')).toEqual(
      expect.arrayContaining(['move', 'check_out', 'send_to_repair', 'mark_missing', 'retire']),
    );
    expect(allowedActions('in_stock')).not.toContain('check_in');
  });
});
