import { describe, expect, it } from 'vitest';
import { can, describePermissions, scopeOf, type Grant } from './permissions.js';

const org = (role: Grant['role']): Grant => ({ role, locationId: null });

describe('permissions', () => {
  it('gives an organisation-wide administrator everything, everywhere', () => {
    const all = describePermissions([org('admin')]);
    expect(Object.values(all).every((s) => s.kind === 'all')).toBe(true);
  });

  it('lets a viewer read inventory but change nothing', () => {
    expect(can([org('viewer')], 'inventory.read')).toBe(true);
    expect(can([org('viewer')], 'inventory.write')).toBe(false);
    expect(can([org('viewer')], 'users.manage')).toBe(false);
  });

  it('lets an auditor read the audit log and run stocktakes but not move assets', () => {
    expect(can([org('auditor')], 'audit.read')).toBe(true);
    expect(can([org('auditor')], 'stocktakes.run')).toBe(true);
    expect(can([org('auditor')], 'inventory.write')).toBe(false);
  });

  it('limits a site technician to the subtrees of their grants', () => {
    const grants: Grant[] = [
      { role: 'technician', locationId: 'site-a' },
      { role: 'technician', locationId: 'site-b' },
    ];
    expect(scopeOf(grants, 'inventory.write')).toEqual({ kind: 'locations', locationIds: ['site-a', 'site-b'] });
  });

  it('never turns a location-scoped grant into an organisation-wide permission', () => {
    const siteAdmin: Grant[] = [{ role: 'admin', locationId: 'site-a' }];
    expect(scopeOf(siteAdmin, 'users.manage')).toEqual({ kind: 'none' });
    expect(scopeOf(siteAdmin, 'inventory.manage')).toEqual({ kind: 'locations', locationIds: ['site-a'] });
  });

  it('lets an organisation-wide grant win over a scoped one of another role', () => {
    const grants: Grant[] = [org('viewer'), { role: 'technician', locationId: 'site-a' }];
    expect(scopeOf(grants, 'inventory.read')).toEqual({ kind: 'all' });
    expect(scopeOf(grants, 'inventory.write')).toEqual({ kind: 'locations', locationIds: ['site-a'] });
  });

  it('gives nothing to a user without roles', () => {
    expect(Object.values(describePermissions([])).every((s) => s.kind === 'none')).toBe(true);
  });
});
