/**
 * Who may do what. Roles are granted for the whole organisation or for one location and its
 * subtree. Organisation-wide permissions (managing users, reading the audit log) need an
 * organisation-wide grant; location permissions (assets, stock) are limited to the subtrees of the
 * grants that give them. The web app reads the result from GET /api/v1/me instead of
 * re-implementing these rules.
 */

export const ROLES = ['admin', 'asset_manager', 'technician', 'auditor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  asset_manager: 'Asset manager',
  technician: 'Technician',
  auditor: 'Auditor',
  viewer: 'Viewer',
};

interface PermissionDefinition {
  scope: 'organisation' | 'location';
  roles: readonly Role[];
  description: string;
}

const everyone = ROLES;

export const PERMISSIONS = {
  'users.manage': {
    scope: 'organisation',
    roles: ['admin'],
    description: 'Create, deactivate and reset users; grant roles; issue tokens for others',
  },
  'audit.read': {
    scope: 'organisation',
    roles: ['admin', 'auditor'],
    description: 'Read and verify the audit log',
  },
  'jobs.read_all': {
    scope: 'organisation',
    roles: ['admin', 'auditor'],
    description: "See everyone's background jobs",
  },
  'settings.manage': {
    scope: 'organisation',
    roles: ['admin'],
    description: 'Change organisation settings',
  },
  'inventory.read': {
    scope: 'location',
    roles: everyone,
    description: 'See assets, stock and locations',
  },
  'inventory.write': {
    scope: 'location',
    roles: ['admin', 'asset_manager', 'technician'],
    description: 'Receive, move, check out and check in assets',
  },
  'inventory.manage': {
    scope: 'location',
    roles: ['admin', 'asset_manager'],
    description: 'Manage locations, models, reference data; retire and dispose',
  },
  'stocktakes.run': {
    scope: 'location',
    roles: ['admin', 'asset_manager', 'auditor'],
    description: 'Run stocktakes',
  },
} as const satisfies Record<string, PermissionDefinition>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export interface Grant {
  role: Role;
  /** null for the whole organisation. */
  locationId: string | null;
}

/** Where a permission applies: everywhere, within some location subtrees, or nowhere. */
export type PermissionScope = { kind: 'all' } | { kind: 'locations'; locationIds: string[] } | { kind: 'none' };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function scopeOf(grants: readonly Grant[], permission: Permission): PermissionScope {
  const definition: PermissionDefinition = PERMISSIONS[permission];
  const giving = grants.filter((g) => definition.roles.includes(g.role));
  if (giving.some((g) => g.locationId === null)) return { kind: 'all' };
  if (definition.scope === 'organisation' || giving.length === 0) return { kind: 'none' };
  return { kind: 'locations', locationIds: [...new Set(giving.map((g) => g.locationId!))] };
}

export function can(grants: readonly Grant[], permission: Permission): boolean {
  return scopeOf(grants, permission).kind !== 'none';
}

/** Every permission with its scope, for GET /me. */
export function describePermissions(grants: readonly Grant[]): Record<Permission, PermissionScope> {
  return Object.fromEntries(PERMISSION_NAMES.map((p) => [p, scopeOf(grants, p)])) as Record<
    Permission,
    PermissionScope
  >;
}
