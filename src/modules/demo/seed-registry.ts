/**
 * The registry part of the demo: categories with custom fields, manufacturers, suppliers, 40
 * models, departments, 200 people at the three sites, and 2,000 assets with a year of history
 * (received, checked out, swapped, repaired, a few lost or retired), every step allowed by the
 * status machine. Deterministic: the same seed gives the same organisation.
 */
import type { Db } from '../../platform/db/database.js';
import type { ActionContext } from '../../platform/context.js';
import type { AuditWriter, AuditEntry } from '../audit/audit-writer.js';
import {
  assetEvents,
  assets,
  categories,
  customFieldDefinitions,
  departments,
  manufacturers,
  modelGtins,
  models,
  people,
  suppliers,
} from '../../platform/db/schema-all.js';
import { planTransition, type AssetAction, type AssetStatus } from '../../domain/asset-lifecycle.js';
import { gtinCheckDigit } from '../../domain/gtin.js';
import { nextTags } from '../assets/asset-tags.js';
import type { LocationRow } from '../locations/locations-repository.js';
import {
  DEMO_CATEGORIES,
  DEMO_DEPARTMENTS,
  DEMO_MANUFACTURERS,
  DEMO_MODELS,
  DEMO_SUPPLIERS,
  FIRST_NAMES,
  LAST_NAMES,
} from './demo-catalog.js';

const DAY = 86_400_000;

/** A small deterministic PRNG (mulberry32), so the demo is the same every time. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const isoDate = (t: number) => new Date(t).toISOString().slice(0, 10);

export interface RegistrySeedResult {
  categories: number;
  models: number;
  people: number;
  assets: number;
  events: number;
}

interface Site {
  site: LocationRow;
  stockroom: LocationRow;
  rooms: LocationRow[];
}

export async function seedRegistry(
  tx: Db,
  audit: AuditWriter,
  ctx: ActionContext,
  locationsCreated: LocationRow[],
  now = Date.now(),
): Promise<RegistrySeedResult> {
  const rnd = random(20261124);
  const auditEntries: AuditEntry[] = [];
  const created = (entityType: string, entityId: string, after: Record<string, unknown>) =>
    auditEntries.push({ entityType, entityId, action: `${entityType}.created`, changes: { after, seeded: true } });

  const sites: Site[] = locationsCreated
    .filter((l) => l.kind === 'site')
    .map((site) => ({
      site,
      stockroom: locationsCreated.find((l) => l.kind === 'stockroom' && l.path.startsWith(site.path))!,
      rooms: locationsCreated.filter((l) => l.kind === 'room' && l.path.startsWith(site.path)),
    }));

  // Catalogue.
  const categoryIds = new Map<string, string>();
  for (const c of DEMO_CATEGORIES) {
    const [row] = await tx.insert(categories).values({ name: c.name, kind: c.kind }).returning();
    categoryIds.set(c.name, row!.id);
    created('category', row!.id, { name: c.name, kind: c.kind });
    for (const [position, f] of c.fields.entries()) {
      const [field] = await tx
        .insert(customFieldDefinitions)
        .values({
          categoryId: row!.id,
          key: f.key,
          label: f.label,
          type: f.type,
          required: f.required ?? false,
          unique: f.unique ?? false,
          options: f.options ?? null,
          helpText: f.helpText ?? null,
          position,
        })
        .returning();
      created('custom_field', field!.id, { categoryId: row!.id, key: f.key, type: f.type });
    }
  }
  const manufacturerIds = new Map<string, string>();
  for (const name of DEMO_MANUFACTURERS) {
    const [row] = await tx
      .insert(manufacturers)
      .values({ name, website: `https://www.${name.toLowerCase()}.com` })
      .returning();
    manufacturerIds.set(name, row!.id);
    created('manufacturer', row!.id, { name });
  }
  const supplierRows = await tx.insert(suppliers).values(DEMO_SUPPLIERS).returning();
  for (const s of supplierRows) created('supplier', s.id, { name: s.name });

  const modelRows = [];
  for (const [i, m] of DEMO_MODELS.entries()) {
    const [row] = await tx
      .insert(models)
      .values({
        categoryId: categoryIds.get(m.category)!,
        manufacturerId: manufacturerIds.get(m.manufacturer)!,
        name: m.name,
        modelNumber: `${m.manufacturer.slice(0, 3).toUpperCase()}-${1000 + i * 7}`,
        tracking: m.tracking ?? 'individual',
        expectedLifeMonths: m.life,
        defaultUnitCost: m.cost,
        currency: 'EUR',
        minStock: m.minStock ?? null,
      })
      .returning();
    const body = `0${String(4_012_345_000_000 + i * 1_117).slice(0, 12)}`.slice(0, 13).slice(1);
    const gtin13 = `${body}${gtinCheckDigit(body)}`;
    await tx.insert(modelGtins).values({ gtin: gtin13.padStart(14, '0'), modelId: row!.id });
    created('model', row!.id, { name: m.name, tracking: row!.tracking, gtin: gtin13 });
    modelRows.push({ row: row!, demo: m });
  }

  // Departments and people.
  const departmentRows = [];
  for (const d of DEMO_DEPARTMENTS) {
    const [row] = await tx
      .insert(departments)
      .values({ name: d.name, code: d.code, costCentre: d.costCentre })
      .returning();
    departmentRows.push({ row: row!, demo: d });
    created('department', row!.id, { name: d.name });
  }
  const personValues: (typeof people.$inferInsert)[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < 200; i++) {
    let name: string;
    do name = `${rnd.pick(FIRST_NAMES)} ${rnd.pick(LAST_NAMES)}`;
    while (usedNames.has(name));
    usedNames.add(name);
    const dept =
      departmentRows[
        pickWeighted(
          rnd.next(),
          departmentRows.map((d) => d.demo.share),
        )
      ]!;
    const site = sites[i % sites.length]!;
    const started = now - rnd.int(30, 2500) * DAY;
    const status = i >= 194 ? 'left' : i >= 188 ? 'leaving' : 'active';
    personValues.push({
      employeeNumber: `E${String(1001 + i).padStart(5, '0')}`,
      name,
      email: `${name
        .toLowerCase()
        .replace(/[^a-z ]/g, '')
        .replace(' ', '.')}@demo.quartermaster.dev`,
      jobTitle: rnd.pick(dept.demo.titles),
      departmentId: dept.row.id,
      costCentre: dept.demo.costCentre,
      locationId: rnd.pick(site.rooms).id,
      remote: rnd.chance(0.12),
      startDate: isoDate(i < 4 ? now + (10 + i * 7) * DAY : started),
      endDate:
        status === 'left'
          ? isoDate(now - rnd.int(5, 120) * DAY)
          : status === 'leaving'
            ? isoDate(now + rnd.int(5, 30) * DAY)
            : null,
      status,
    });
  }
  const personRows = await tx.insert(people).values(personValues).returning();
  for (const p of personRows) created('person', p.id, { name: p.name, employeeNumber: p.employeeNumber });
  const peopleBySite = new Map(
    sites.map((s) => [
      s.site.id,
      personRows.filter((p) => p.status !== 'left' && p.locationId && s.rooms.some((r) => r.id === p.locationId)),
    ]),
  );

  // Assets with a year of history, simulated through the status machine.
  const individual = modelRows.filter((m) => m.row.tracking === 'individual');
  const weights = individual.map((m) => m.demo.weight ?? 1);
  const tags = await nextTags(tx, 2000);
  const assetValues: (typeof assets.$inferInsert)[] = [];
  const eventValues: (typeof assetEvents.$inferInsert)[] = [];
  const serials = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const { row: model, demo } = individual[pickWeighted(rnd.next(), weights)]!;
    const site = sites[pickWeighted(rnd.next(), [5, 3, 2])]!;
    const holders = peopleBySite.get(site.site.id)!;
    const id = crypto.randomUUID();
    const purchased = now - Math.floor(Math.pow(rnd.next(), 1.6) * 4 * 365 + 14) * DAY;
    let serial: string;
    do serial = serialFor(demo.manufacturer, rnd);
    while (serials.has(serial));
    serials.add(serial);

    let status: AssetStatus = 'in_stock';
    let locationId = site.stockroom.id;
    let personId: string | null = null;
    let t = Math.max(purchased, now - 365 * DAY - rnd.int(0, 30) * DAY);
    const step = (action: AssetAction, to: { location?: string; person?: string | null }, notes?: string) => {
      const plan = planTransition({ tag: tags[i]!, status, action });
      if (!plan.allowed) return;
      const from = { status, locationId, personId };
      status = plan.to;
      if (to.location) locationId = to.location;
      if (plan.assignee === 'set') personId = to.person ?? null;
      if (plan.assignee === 'clear') personId = null;
      eventValues.push({
        assetId: id,
        occurredAt: new Date(t),
        action,
        actorLabel: 'demo seed',
        source: 'cli',
        statusFrom: from.status,
        statusTo: status,
        locationFrom: from.locationId,
        locationTo: locationId,
        assigneeFrom: from.personId ? { type: 'person', id: from.personId, label: nameOf(from.personId) } : null,
        assigneeTo: personId ? { type: 'person', id: personId, label: nameOf(personId) } : null,
        notes: notes ?? null,
      });
    };
    const nameOf = (pid: string) => personRows.find((p) => p.id === pid)?.name ?? '';
    eventValues.push({
      assetId: id,
      occurredAt: new Date(purchased),
      action: 'received',
      actorLabel: 'demo seed',
      source: 'cli',
      statusTo: 'in_stock',
      locationTo: locationId,
    });
    // Most assets go out to people; some come back, get swapped, repaired, lost or retired.
    const ageMonths = (now - purchased) / (30 * DAY);
    if (rnd.chance(0.72) && holders.length > 0) {
      t += rnd.int(1, 20) * DAY;
      const holder = rnd.pick(holders);
      step('check_out', { person: holder.id, location: holder.locationId ?? locationId });
      if (rnd.chance(0.18)) {
        t += rnd.int(20, 150) * DAY;
        step('check_in', { location: site.stockroom.id }, 'Returned');
        if (rnd.chance(0.6)) {
          t += rnd.int(2, 30) * DAY;
          const next = rnd.pick(holders);
          step('check_out', { person: next.id, location: next.locationId ?? locationId });
        }
      }
      if (rnd.chance(0.05)) {
        t += rnd.int(5, 60) * DAY;
        step('send_to_repair', {}, 'Sent to the vendor for repair');
        if (rnd.chance(0.5)) {
          t += rnd.int(7, 21) * DAY;
          step('return_from_repair', { location: site.stockroom.id });
        }
      }
      if (rnd.chance(0.012)) {
        t += rnd.int(5, 60) * DAY;
        step(rnd.chance(0.5) ? 'mark_lost' : 'mark_stolen', {}, 'Reported by the user');
      }
    } else if (ageMonths > demo.life && rnd.chance(0.5)) {
      t += rnd.int(5, 60) * DAY;
      step('retire', {}, 'End of life');
    }
    t = Math.min(t, now - DAY);
    assetValues.push({
      id,
      tag: tags[i]!,
      serial,
      modelId: model.id,
      manufacturerId: model.manufacturerId,
      categoryId: model.categoryId,
      status,
      locationId,
      assignedPersonId: personId,
      supplierId: rnd.pick(supplierRows).id,
      orderReference: `PO-${2023 + Math.floor((purchased - (now - 4 * 365 * DAY)) / (365 * DAY))}-${String(rnd.int(1, 999)).padStart(4, '0')}`,
      purchaseDate: isoDate(purchased),
      purchaseCost: demo.cost,
      currency: 'EUR',
      warrantyEnd: isoDate(purchased + (demo.life >= 48 ? 36 : 24) * 30 * DAY),
      customFields: customValuesFor(demo, i, rnd),
      createdAt: new Date(purchased),
      updatedAt: new Date(t),
    });
  }
  for (let i = 0; i < assetValues.length; i += 500) await tx.insert(assets).values(assetValues.slice(i, i + 500));
  for (let i = 0; i < eventValues.length; i += 1000)
    await tx.insert(assetEvents).values(eventValues.slice(i, i + 1000));
  for (const a of assetValues) created('asset', a.id!, { tag: a.tag, serial: a.serial, status: a.status });
  await audit.record(tx, ctx, auditEntries);

  return {
    categories: DEMO_CATEGORIES.length,
    models: modelRows.length,
    people: personRows.length,
    assets: assetValues.length,
    events: eventValues.length,
  };
}

function pickWeighted(r: number, weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]! / total;
    if (r < acc) return i;
  }
  return weights.length - 1;
}

function serialFor(manufacturer: string, rnd: ReturnType<typeof random>): string {
  const alnum = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  const chars = (n: number) => Array.from({ length: n }, () => rnd.pick([...alnum])).join('');
  switch (manufacturer) {
    case 'Dell':
      return chars(7);
    case 'Lenovo':
      return `PF${chars(6)}`;
    case 'Apple':
      return chars(10);
    case 'HP':
      return `5CG${chars(7)}`;
    default:
      return `${manufacturer.slice(0, 2).toUpperCase()}${chars(10)}`;
  }
}

function customValuesFor(model: (typeof DEMO_MODELS)[number], i: number, rnd: ReturnType<typeof random>) {
  switch (model.category) {
    case 'Laptops':
      return {
        ram_gb: rnd.pick([16, 16, 32, 32, 64]),
        os: model.manufacturer === 'Apple' ? 'macOS' : rnd.chance(0.1) ? 'Ubuntu' : 'Windows 11',
        encrypted: rnd.chance(0.97),
      };
    case 'Desktops':
      return { ram_gb: rnd.pick([16, 32]) };
    case 'Monitors':
      return { size_in: Number(/(\d\d)"/.exec(model.name)?.[1] ?? 27) };
    case 'Phones':
      return {
        imei: `35${String(100_000_000_000 + i * 7919).padStart(13, '0')}`.slice(0, 15),
        carrier: rnd.pick(['Vodafone', 'O2', 'Verizon', 'Singtel']),
      };
    case 'Printers':
      return { ip_address: `10.20.${1 + (i % 3)}.${10 + (i % 200)}` };
    case 'Network equipment': {
      const hex = (n: number) => n.toString(16).padStart(2, '0');
      return {
        mac_address: `00:1b:54:${hex((i >> 16) & 255)}:${hex((i >> 8) & 255)}:${hex(i & 255)}`,
        ip_address: `10.0.${1 + (i % 3)}.${1 + (i % 250)}`,
      };
    }
    default:
      return {};
  }
}
