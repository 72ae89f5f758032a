/**
 * `qm seed --demo`: a believable starting point on an empty installation: three sites with
 * buildings, floors, rooms and stockrooms; users who sign in with each role (one technician limited
 * to one site); and the registry (seed-registry.ts). Later modules add their own demo data here.
 */
import { eq } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { settings } from '../../platform/db/schema.js';
import { conflict } from '../../platform/http/errors.js';
import { generatePassword } from '../../platform/security/secrets.js';
import { createUser } from '../users/use-cases/create-user.js';
import { insertLocation, type LocationKind, type LocationRow } from '../locations/locations-repository.js';
import type { Db } from '../../platform/db/database.js';
import type { Role } from '../../domain/permissions.js';
import { seedRegistry, type RegistrySeedResult } from './seed-registry.js';

const MARKER = 'demo_seeded_at';

interface TreeNode {
  kind: LocationKind;
  code: string;
  name: string;
  children?: TreeNode[];
}

const SITES: TreeNode[] = [
  site('LON', 'London', 'Thames House'),
  site('NYC', 'New York', 'Hudson Yards Tower'),
  site('SGP', 'Singapore', 'Marina One'),
];

function site(code: string, city: string, building: string): TreeNode {
  return {
    kind: 'site',
    code,
    name: city,
    children: [
      {
        kind: 'building',
        code: `${code}-B1`,
        name: building,
        children: [1, 2, 3].map((floor) => ({
          kind: 'floor' as const,
          code: `${code}-B1-F${floor}`,
          name: `Floor ${floor}`,
          children: [
            ...[1, 2, 3].map((room) => ({
              kind: 'room' as const,
              code: `${code}-B1-F${floor}-R${room}`,
              name: `Room ${floor}0${room}`,
            })),
            ...(floor === 1 ? [{ kind: 'stockroom' as const, code: `${code}-STOCK`, name: `${city} stockroom` }] : []),
          ],
        })),
      },
    ],
  };
}

export interface DemoSeedResult {
  registry: RegistrySeedResult;
  locations: number;
  users: { email: string; roles: string }[];
  password: string;
}

async function insertTree(tx: Db, nodes: TreeNode[], parent: LocationRow | null, out: LocationRow[]) {
  for (const node of nodes) {
    const row = await insertLocation(tx, { parent, kind: node.kind, code: node.code, name: node.name });
    out.push(row);
    await insertTree(tx, node.children ?? [], row, out);
  }
}

export async function seedDemo(
  s: Services,
  ctx: ActionContext,
  password = generatePassword(),
): Promise<DemoSeedResult> {
  const [seeded] = await s.db.select().from(settings).where(eq(settings.key, MARKER));
  if (seeded) throw conflict('already_seeded', `The demo data was already loaded (${String(seeded.value)}).`);

  const created: LocationRow[] = [];
  const registry = await s.db.transaction(async (tx) => {
    await insertTree(tx, SITES, null, created);
    await s.audit.record(
      tx,
      ctx,
      created.map((l) => ({
        entityType: 'location',
        entityId: l.id,
        action: 'location.created',
        changes: { after: { code: l.code, name: l.name, kind: l.kind, parentId: l.parentId } },
      })),
    );
    const seeded = await seedRegistry(tx, s.audit, ctx, created);
    await tx.insert(settings).values({ key: MARKER, value: new Date().toISOString() });
    return seeded;
  });

  const london = created.find((l) => l.code === 'LON')!;
  const people: { email: string; name: string; role: Role; locationId: string | null }[] = [
    { email: 'asset.manager@demo.quartermaster.dev', name: 'Ada Manager', role: 'asset_manager', locationId: null },
    { email: 'technician@demo.quartermaster.dev', name: 'Tom Technician', role: 'technician', locationId: null },
    { email: 'london.tech@demo.quartermaster.dev', name: 'Lena London', role: 'technician', locationId: london.id },
    { email: 'auditor@demo.quartermaster.dev', name: 'Audrey Auditor', role: 'auditor', locationId: null },
    { email: 'viewer@demo.quartermaster.dev', name: 'Victor Viewer', role: 'viewer', locationId: null },
  ];
  for (const p of people) {
    await createUser(s, ctx, {
      email: p.email,
      name: p.name,
      password,
      grants: [{ role: p.role, locationId: p.locationId }],
    });
  }
  return {
    registry,
    locations: created.length,
    users: people.map((p) => ({ email: p.email, roles: p.locationId ? `${p.role} (London only)` : p.role })),
    password,
  };
}
