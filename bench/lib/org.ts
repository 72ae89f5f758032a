/**
 * The generated organisation. Reference data (a few thousand rows, plus 100,000 people) is built in
 * memory; assets are a pure function of their index (`assetAt(i)`), so any number of them can be
 * streamed twice (assets, then their events) without being kept.
 */
import {
  BUILDINGS,
  CARRIERS,
  CATEGORIES,
  CPUS,
  DEPARTMENTS,
  FIRST_NAMES,
  JOB_TITLES,
  MANUFACTURERS,
  NOTES,
  OSES,
  RESOLUTIONS,
  ROOMS,
  SITES,
  SPOTS,
  SUPPLIERS,
  SURNAMES,
} from './catalog.js';
import { Rng, Weighted, hash32, uuidFrom } from './rng.js';

export interface Shape {
  assets: number;
  people: number;
  /** Children per node from the sites down: sites, buildings, floors, rooms, spots. */
  fanOut: [number, number, number, number, number];
  models: number;
  seed: number;
}

/** 5 x 5 x 8 x 10 x 9: 20,230 locations five levels deep; the last room of each floor is its stockroom. */
export const DEFAULT_SHAPE: Omit<Shape, 'assets'> = {
  people: 100_000,
  fanOut: [5, 5, 8, 10, 9],
  models: 400,
  seed: 20240601,
};

export interface Location {
  id: string;
  parentId: string | null;
  kind: 'site' | 'building' | 'floor' | 'room' | 'stockroom' | 'other';
  code: string;
  name: string;
  path: string;
  depth: number;
  address: string | null;
  siteIndex: number;
}

export interface Category {
  id: string;
  name: string;
  kind: string;
  spec: (typeof CATEGORIES)[number];
}

export interface Model {
  id: string;
  categoryIndex: number;
  manufacturerIndex: number;
  name: string;
  modelNumber: string;
  expectedLifeMonths: number;
  defaultUnitCost: number;
  minStock: number | null;
}

export interface Person {
  id: string;
  employeeNumber: string;
  name: string;
  email: string;
  jobTitle: string;
  departmentIndex: number;
  managerId: string | null;
  locationId: string | null;
  remote: boolean;
  startDate: string;
  endDate: string | null;
  status: 'active' | 'leaving' | 'left';
}

export interface CustomFieldDef {
  categoryIndex: number;
  key: string;
  label: string;
  type: 'number' | 'select' | 'text';
  options: string[] | null;
  position: number;
}

export const CUSTOM_FIELDS: CustomFieldDef[] = [
  { categoryIndex: 0, key: 'ram_gb', label: 'RAM (GB)', type: 'number', options: null, position: 0 },
  { categoryIndex: 0, key: 'cpu', label: 'Processor', type: 'select', options: CPUS, position: 1 },
  { categoryIndex: 0, key: 'os', label: 'Operating system', type: 'select', options: OSES, position: 2 },
  { categoryIndex: 2, key: 'size_in', label: 'Size (inches)', type: 'number', options: null, position: 0 },
  { categoryIndex: 2, key: 'resolution', label: 'Resolution', type: 'select', options: RESOLUTIONS, position: 1 },
  { categoryIndex: 7, key: 'imei', label: 'IMEI', type: 'text', options: null, position: 0 },
  { categoryIndex: 7, key: 'carrier', label: 'Carrier', type: 'select', options: CARRIERS, position: 1 },
];

export type AssetStatus =
  | 'in_use'
  | 'in_stock'
  | 'in_repair'
  | 'in_transit'
  | 'on_order'
  | 'retired'
  | 'missing'
  | 'disposed'
  | 'lost'
  | 'stolen';

/** The status mix: cumulative thresholds over [0, 1). */
const STATUS_MIX: [number, AssetStatus][] = [
  [0.55, 'in_use'],
  [0.85, 'in_stock'],
  [0.9, 'in_repair'],
  [0.91, 'in_transit'],
  [0.93, 'on_order'],
  [0.96, 'retired'],
  [0.97, 'missing'],
  [0.99, 'disposed'],
  [0.995, 'lost'],
  [1, 'stolen'],
];

export interface Asset {
  id: string;
  tag: string;
  serial: string | null;
  modelIndex: number;
  name: string | null;
  status: AssetStatus;
  locationId: string | null;
  assignedPersonIndex: number | null;
  assignedLocationId: string | null;
  requestReference: string | null;
  supplierIndex: number;
  orderReference: string;
  purchaseDate: string;
  purchaseCost: string;
  currency: string;
  warrantyEnd: string;
  customFields: Record<string, string | number>;
  notes: string | null;
  createdAt: string;
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(2017, 0, 1);
const PURCHASE_SPAN_DAYS = 365 * 8 + 150;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const CURRENCIES = ['GBP', 'EUR', 'USD', 'SGD', 'EUR'];

export class Organisation {
  readonly locations: Location[] = [];
  readonly categories: Category[];
  readonly manufacturers: { id: string; name: string; code: string }[];
  readonly suppliers: { id: string; name: string }[];
  readonly models: Model[] = [];
  readonly departments: { id: string; name: string; code: string; costCentre: string; managerIndex: number }[];
  readonly people: Person[] = [];
  /** Where assets in stock are kept: stockrooms and their shelves. */
  readonly stockLocations: Location[] = [];
  /** Where people sit and shared equipment is checked out to: the other rooms. */
  readonly rooms: Location[] = [];
  private readonly modelPicker: Weighted;

  constructor(readonly shape: Shape) {
    const rng = new Rng(shape.seed);
    const id = () => rng.uuid();
    this.buildLocations(rng);
    this.categories = CATEGORIES.map((spec) => ({ id: id(), name: spec.name, kind: spec.kind, spec }));
    this.manufacturers = MANUFACTURERS.map((name) => ({
      id: id(),
      name,
      code: name
        .replace(/[^A-Za-z]/g, '')
        .slice(0, 3)
        .toUpperCase(),
    }));
    this.suppliers = SUPPLIERS.map((name) => ({ id: id(), name }));
    const modelWeights = this.buildModels(rng);
    this.modelPicker = new Weighted(modelWeights);
    this.departments = DEPARTMENTS.map((name, i) => ({
      id: id(),
      name,
      code: name
        .split(' ')
        .map((w) => w[0])
        .join('')
        .toUpperCase()
        .concat(String(i + 1).padStart(2, '0')),
      costCentre: `CC-${4000 + i * 10}`,
      managerIndex: rng.int(Math.min(shape.people, 2000)),
    }));
    this.buildPeople(rng);
  }

  private buildLocations(rng: Rng) {
    const [sites, buildings, floors, rooms, spots] = this.shape.fanOut;
    const add = (
      parent: Location | null,
      kind: Location['kind'],
      code: string,
      name: string,
      siteIndex: number,
      address: string | null = null,
    ) => {
      const id = rng.uuid();
      const location: Location = {
        id,
        parentId: parent?.id ?? null,
        kind,
        code,
        name,
        path: `${parent?.path ?? '/'}${id}/`,
        depth: parent ? parent.depth + 1 : 0,
        address,
        siteIndex,
      };
      this.locations.push(location);
      return location;
    };
    for (let s = 0; s < sites; s++) {
      const spec = SITES[s % SITES.length]!;
      const siteCode = s < SITES.length ? spec.code : `${spec.code}${Math.floor(s / SITES.length) + 1}`;
      const site = add(null, 'site', siteCode, `${spec.city} office`, s, spec.address);
      for (let b = 1; b <= buildings; b++) {
        const building = add(site, 'building', `${siteCode}-B${b}`, BUILDINGS[(b - 1) % BUILDINGS.length]!, s);
        for (let f = 1; f <= floors; f++) {
          const floor = add(building, 'floor', `${building.code}-F${f}`, `Floor ${f}`, s);
          for (let r = 1; r <= rooms; r++) {
            const stock = r === rooms;
            const code = `${floor.code}-${stock ? 'S' : 'R'}${String(r).padStart(2, '0')}`;
            const roomName = stock ? 'Stockroom' : `${ROOMS[(r + f) % ROOMS.length]} ${f}${String(r).padStart(2, '0')}`;
            const room = add(floor, stock ? 'stockroom' : 'room', code, roomName, s);
            (stock ? this.stockLocations : this.rooms).push(room);
            for (let d = 1; d <= spots; d++) {
              const spotName = stock ? `Shelf ${d}` : `${SPOTS[(d - 1) % SPOTS.length]} ${d}`;
              const spot = add(room, 'other', `${code}-${stock ? 'SH' : 'D'}${d}`, spotName, s);
              if (stock) this.stockLocations.push(spot);
            }
          }
        }
      }
    }
  }

  private buildModels(rng: Rng): number[] {
    // More models in the big categories (square root of their share), at least four each.
    const roots = CATEGORIES.map((c) => Math.sqrt(c.weight));
    const totalRoot = roots.reduce((a, b) => a + b, 0);
    const counts = roots.map((r) => Math.max(4, Math.round((this.shape.models * r) / totalRoot)));
    const excess = counts.reduce((a, b) => a + b, 0) - this.shape.models;
    counts[0]! -= excess;
    const weights: number[] = [];
    CATEGORIES.forEach((spec, c) => {
      const n = counts[c]!;
      for (let v = 0; v < n; v++) {
        const [maker, line] = spec.lines[v % spec.lines.length]!;
        const manufacturerIndex = this.manufacturers.findIndex((m) => m.name === maker);
        const number = 100 + ((v * 137 + c * 31) % 9000);
        const cost = spec.cost[0] + rng.next() * (spec.cost[1] - spec.cost[0]);
        this.models.push({
          id: rng.uuid(),
          categoryIndex: c,
          manufacturerIndex,
          name: `${line}${/(^|\s)[A-Za-z]{1,3}$|-$/.test(line) ? '' : ' '}${number}`,
          modelNumber: `${this.manufacturers[manufacturerIndex]!.code}-${number}${rng.letters(2)}`,
          expectedLifeMonths: 12 * (spec.warrantyYears + 1 + rng.int(3)),
          defaultUnitCost: Math.round(cost) - 0.01,
          minStock: spec.stocked && v < 6 ? 5 + rng.int(36) : null,
        });
        // Within a category, the first models (the current line-up) hold most assets.
        weights.push(spec.weight / n / Math.pow(v + 1, 0.8));
      }
    });
    return weights;
  }

  private buildPeople(rng: Rng) {
    const n = this.shape.people;
    for (let j = 0; j < n; j++) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(SURNAMES);
      const roll = rng.next();
      const status = roll < 0.96 ? 'active' : roll < 0.98 ? 'leaving' : 'left';
      const start = EPOCH - 5 * 365 * DAY + rng.int(13 * 365) * DAY;
      const remote = rng.chance(0.08);
      this.people.push({
        id: rng.uuid(),
        employeeNumber: `E${String(j + 1).padStart(6, '0')}`,
        name: `${first} ${last}`,
        email: `${first}.${last}.${j + 1}@example.com`.toLowerCase(),
        jobTitle: rng.pick(JOB_TITLES),
        departmentIndex: rng.int(this.departments.length),
        // Managers come earlier in the list, so the reporting lines have no cycles.
        managerId: j === 0 ? null : this.people[rng.int(Math.min(j, 2000))]!.id,
        locationId: remote ? null : rng.pick(this.rooms).id,
        remote,
        startDate: isoDate(start),
        endDate: status === 'active' ? null : isoDate(Date.UTC(2025, 6, 1) + rng.int(120) * DAY),
        status,
      });
    }
  }

  /** Asset number `i` (0-based): always the same for the same shape and seed. */
  assetAt(i: number): Asset {
    const rng = new Rng(hash32(i ^ this.shape.seed));
    const id = uuidFrom(hash32(i + 0x51ed27), rng);
    const modelIndex = this.modelPicker.pick(rng);
    const model = this.models[modelIndex]!;
    const spec = CATEGORIES[model.categoryIndex]!;
    const roll = rng.next();
    const status = STATUS_MIX.find(([limit]) => roll < limit)![1];
    let locationId: string | null = null;
    let assignedPersonIndex: number | null = null;
    let assignedLocationId: string | null = null;
    if (status === 'in_use') {
      if (rng.chance(0.04)) {
        // Shared equipment checked out to a room (a meeting room's screen).
        assignedLocationId = rng.pick(this.rooms).id;
        locationId = assignedLocationId;
      } else {
        assignedPersonIndex = rng.int(this.people.length);
        const person = this.people[assignedPersonIndex]!;
        locationId = person.locationId ?? this.stockLocations[assignedPersonIndex % this.stockLocations.length]!.id;
      }
    } else if (status !== 'on_order') {
      locationId = rng.pick(this.stockLocations).id;
    }
    const maker = this.manufacturers[model.manufacturerIndex]!;
    // Unique per manufacturer: the index in base 36 sits at a fixed place between random letters.
    const serial = rng.chance(0.03)
      ? null
      : `${maker.code}${rng.letters(2)}${i.toString(36).toUpperCase().padStart(5, '0')}${rng.letters(1, '0123456789')}`;
    const purchased = EPOCH + rng.int(PURCHASE_SPAN_DAYS) * DAY;
    const cost = model.defaultUnitCost * (0.9 + rng.next() * 0.2);
    const customFields: Record<string, string | number> = {};
    if (model.categoryIndex === 0) {
      customFields.ram_gb = rng.pick([8, 16, 16, 32, 32, 64]);
      customFields.cpu = rng.pick(CPUS);
      customFields.os = rng.pick(OSES);
    } else if (model.categoryIndex === 2) {
      customFields.size_in = rng.pick([24, 24, 27, 27, 32, 34]);
      customFields.resolution = rng.pick(RESOLUTIONS);
    } else if (model.categoryIndex === 7) {
      customFields.imei = `35${String(hash32(i) % 1e9).padStart(9, '0')}${String(rng.int(1e4)).padStart(4, '0')}`;
      customFields.carrier = rng.pick(CARRIERS);
    }
    const tagNumber = String(i + 1).padStart(6, '0');
    const computer = model.categoryIndex <= 1;
    return {
      id,
      tag: `QM-${tagNumber}`,
      serial,
      modelIndex,
      name: computer ? `${model.categoryIndex === 0 ? 'LT' : 'PC'}-${tagNumber}` : null,
      status,
      locationId,
      assignedPersonIndex,
      assignedLocationId,
      requestReference: status === 'in_use' && rng.chance(0.3) ? `REQ-${100000 + rng.int(900000)}` : null,
      supplierIndex: rng.int(this.suppliers.length),
      orderReference: `PO-${new Date(purchased).getUTCFullYear()}-${String(rng.int(99999)).padStart(5, '0')}`,
      purchaseDate: isoDate(purchased),
      purchaseCost: cost.toFixed(2),
      currency: CURRENCIES[rng.int(CURRENCIES.length)]!,
      warrantyEnd: isoDate(purchased + spec.warrantyYears * 365 * DAY),
      customFields,
      notes: rng.chance(0.02) ? rng.pick(NOTES) : null,
      createdAt: new Date(purchased + (1 + rng.int(20)) * DAY + rng.int(DAY)).toISOString(),
    };
  }
}
