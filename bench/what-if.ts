/**
 * Evidence for the fixes proposed where run.ts misses a target: times the repository's current
 * queries, then adds the proposed indexes and a rolled-up count table to the benchmark database,
 * times the proposed SQL for the same cases, and removes what it added. Nothing here is used by the
 * product; delete this file once the fixes are in the repository.
 *
 *   npx tsx bench/what-if.ts --database-url postgres://postgres@127.0.0.1:5432/qm_bench_1m
 *   npx tsx bench/what-if.ts --data-dir /tmp/qm-bench-100k
 *
 * The proposals (see bench/README.md, "Results on the 2-core development machine"):
 *  1. names beside an asset as scalar subqueries, evaluated for the returned page only, instead of
 *     eight joins planned on every call (3-30 ms of planning) and executed before the LIMIT (in the
 *     repository since c37586f: the proposed SQL keeps it so that the comparison isolates 2-4);
 *  2. indexes matching the list's sort and filters: (coalesce(purchase_date, ...), id) and
 *     (category_id, status);
 *  3. free text as three bounded branches (substrings by trigram index; the first 51 tags per matching
 *     person and per matching model through (assigned_person_id, lower(tag), id) and
 *     (model_id, lower(tag), id)) instead of one OR that walks the whole tag index; typo tolerance
 *     (word similarity) kept for names of people and models, not for tags and serials;
 *  4. stock levels from counts rolled up to every ancestor location and the organisation,
 *     instead of summing the finest-grained counts (700,000 rows at 1M assets) per request.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { openDatabase, type Database } from '../src/platform/db/database.js';
import { systemContext } from '../src/platform/context.js';
import type { Services } from '../src/platform/services.js';
import { parseSort } from '../src/platform/http/pagination.js';
import { byTag, findAssetDetail, listAssets } from '../src/modules/assets/assets-repository.js';
import { stockLevels, stockLevelsQuery } from '../src/modules/assets/stock-levels.js';
import { raw, sample } from './lib/sample.js';
import { sizeLabel, timeEach, type Percentiles } from './lib/stats.js';

const { values: opts } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    iterations: { type: 'string', default: '60' },
    budget: { type: 'string', default: '30' },
  },
});
if (!opts['database-url'] === !opts['data-dir']) {
  console.error('Usage: tsx bench/what-if.ts (--database-url URL | --data-dir DIR)');
  process.exit(2);
}
const iterations = Number(opts.iterations);
const budgetMs = Number(opts.budget) * 1000;
const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

const ORG = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** The asset with the names the API shows, looked up per returned row. */
const DETAIL = `select a.*,
  (select m.name from models m where m.id = a.model_id) as model_name,
  (select m.tracking from models m where m.id = a.model_id) as model_tracking,
  (select k.name from categories k where k.id = a.category_id) as category_name,
  (select f.name from manufacturers f where f.id = a.manufacturer_id) as manufacturer_name,
  (select s.name from suppliers s where s.id = a.supplier_id) as supplier_name,
  (select l.code from locations l where l.id = a.location_id) as location_code,
  (select l.name from locations l where l.id = a.location_id) as location_name,
  (select p.name from people p where p.id = a.assigned_person_id) as person_name,
  (select l.name from locations l where l.id = a.assigned_location_id) as assigned_location_name,
  (select pa.tag from assets pa where pa.id = a.assigned_asset_id) as parent_asset_tag
from assets a`;

const TEXT = `lower(a.tag || ' ' || coalesce(a.serial, '') || ' ' || coalesce(a.name, '') || ' ' || coalesce(a.notes, ''))`;

/** The same matching as the repository: substring, plus word similarity from four characters. */
function searchSql(fuzzy: boolean) {
  const matches = (column: string) => (fuzzy ? `(${column} like $1 or $2 <% ${column})` : `${column} like $1`);
  // The text branch is materialised: left to itself the planner may walk the tag index instead,
  // which is the full scan this replaces. It matches substrings only: word similarity on tags and
  // serials ("qm-006420" is close to every "qm-00...") would make every tag a hit.
  return `with text_hits as materialized (select a.id, lower(a.tag) as k from assets a where ${TEXT} like $1),
  hits as (
    (select id, k from text_hits order by k, id limit 51)
    union all
    (select x.id, x.k from people p cross join lateral (
       select id, lower(tag) as k from assets where assigned_person_id = p.id order by 2, 1 limit 51) x
     where ${matches('lower(p.name)')} order by 2, 1 limit 51)
    union all
    (select x.id, x.k from models m cross join lateral (
       select id, lower(tag) as k from assets where model_id = m.id order by 2, 1 limit 51) x
     where ${matches('lower(m.name)')} order by 2, 1 limit 51)
  ), page as (select distinct on (k, id) id, k from hits order by k, id limit 51)
  ${DETAIL} join page on page.id = a.id order by page.k, page.id`;
}

const STOCK = `select m.id as model_id, m.name as model_name, m.category_id, k.name as category_name, m.min_stock,
       c.status, c.count as n
  from bench_whatif_rollup c join models m on m.id = c.model_id join categories k on k.id = m.category_id
  where c.location_id = $1 and c.count <> 0 and c.status in ('in_stock', 'in_use', 'in_repair', 'in_transit', 'on_order')
    and m.tracking = 'individual' and m.archived_at is null`;

const PROPOSED_SCHEMA = [
  `create index bench_whatif_purchase_sort on assets ((coalesce(purchase_date, '0001-01-01'::date)), id)`,
  `create index bench_whatif_category_status on assets (category_id, status)`,
  `create index bench_whatif_model_tag on assets (model_id, lower(tag), id)`,
  `create index bench_whatif_person_tag on assets (assigned_person_id, lower(tag), id) where assigned_person_id is not null`,
  // Every count again under each ancestor of its location, and under ORG for the whole organisation
  // (assets on order, without a location, count only there).
  `create table bench_whatif_rollup as
     select c.model_id, x.ancestor::uuid as location_id, c.status, sum(c.count)::int as count
     from asset_counts c join locations l on l.id = c.location_id
     cross join lateral unnest(string_to_array(trim(both '/' from l.path), '/')) as x(ancestor)
     where c.count <> 0 group by 1, 2, 3
     union all
     select model_id, '${ORG}'::uuid, status, sum(count)::int from asset_counts where count <> 0 group by 1, 3`,
  `alter table bench_whatif_rollup add primary key (location_id, model_id, status)`,
  `analyze assets`,
  `analyze bench_whatif_rollup`,
];
const DROP_PROPOSED = [
  'drop index if exists bench_whatif_purchase_sort',
  'drop index if exists bench_whatif_category_status',
  'drop index if exists bench_whatif_model_tag',
  'drop index if exists bench_whatif_person_tag',
  'drop table if exists bench_whatif_rollup',
];

async function main() {
  const database: Database = await openDatabase({
    dataDir: opts['data-dir'] ? path.resolve(opts['data-dir']) : '',
    databaseUrl: opts['database-url'],
    poolSize: 2,
  });
  try {
    const s = await sample(database);
    const services = { db: database.db, database } as unknown as Services;
    const ctx = systemContext('api');
    const [{ n }] = (await raw<{ n: number }>(database, 'select count(*)::int as n from assets')) as [{ n: number }];
    const cases: { name: string; current: () => Promise<unknown>; proposed: () => Promise<unknown> }[] = [];
    const tags = s.assets.map((a) => a.tag);
    let t = 0;
    cases.push({
      name: 'asset by tag',
      current: () => findAssetDetail(database.db, byTag(tags[t++ % tags.length]!)),
      proposed: () =>
        raw(database, `${DETAIL} where lower(a.tag) = $1 limit 1`, [tags[t++ % tags.length]!.toLowerCase()]),
    });
    const lists = [
      { label: 'in_use laptops by -purchaseDate', status: 'in_use', category: 'Laptops', sort: '-purchaseDate' },
      { label: 'in_stock monitors by tag', status: 'in_stock', category: 'Monitors', sort: 'tag' },
      { label: 'in_repair servers by -purchaseDate', status: 'in_repair', category: 'Servers', sort: '-purchaseDate' },
      { label: 'in_use phones by tag', status: 'in_use', category: 'Mobile phones', sort: 'tag' },
    ];
    for (const v of lists) {
      const sort = parseSort(v.sort);
      const key = sort.field === 'tag' ? 'lower(a.tag)' : `coalesce(a.purchase_date, '0001-01-01'::date)`;
      const dir = sort.descending ? 'desc' : 'asc';
      cases.push({
        name: `list: ${v.label}`,
        current: () =>
          listAssets(database.db, {
            status: [v.status],
            categoryId: s.categories[v.category],
            sort,
            cursor: undefined,
            limit: 50,
          }),
        proposed: () =>
          raw(
            database,
            `${DETAIL} where a.status in ($1) and a.category_id = $2 order by ${key} ${dir}, a.id ${dir} limit 51`,
            [v.status, s.categories[v.category]],
          ),
      });
    }
    const searches: Record<string, string[]> = {
      'part of a serial': s.serialParts,
      surname: s.surnames,
      'model name': s.modelNames,
      'full tag': tags.slice(0, 50),
    };
    for (const [label, terms] of Object.entries(searches)) {
      let i = 0;
      const escape = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);
      cases.push({
        name: `search: ${label}`,
        current: () =>
          listAssets(database.db, {
            q: terms[i++ % terms.length]!,
            sort: parseSort('tag'),
            cursor: undefined,
            limit: 50,
          }),
        proposed: () => {
          const q = terms[i++ % terms.length]!.trim().toLowerCase();
          return raw(database, searchSql(q.length >= 4), q.length >= 4 ? [`%${escape(q)}%`, q] : [`%${escape(q)}%`]);
        },
      });
    }
    const site = s.sites[0]!;
    for (const [label, locationId] of [
      ['stock levels: organisation', undefined],
      [`stock levels: site ${site.code}`, site.id],
    ] as const) {
      cases.push({
        name: label,
        current: () => stockLevels(services, ctx, stockLevelsQuery.parse(locationId ? { locationId } : {})),
        proposed: () => raw(database, STOCK, [locationId ?? ORG]),
      });
    }

    const current: Record<string, Percentiles> = {};
    for (const c of cases) {
      log(`current: ${c.name}`);
      current[c.name] = await timeEach(iterations, c.current, { budgetMs });
    }
    log('adding the proposed indexes and rolled-up counts');
    const setupStart = performance.now();
    for (const statement of DROP_PROPOSED) await raw(database, statement);
    let setupSeconds = 0;
    let rollupRows = 0;
    const proposed: Record<string, Percentiles> = {};
    try {
      for (const statement of PROPOSED_SCHEMA) await raw(database, statement);
      setupSeconds = Math.round((performance.now() - setupStart) / 100) / 10;
      [{ n: rollupRows }] = (await raw<{ n: number }>(
        database,
        'select count(*)::int as n from bench_whatif_rollup',
      )) as [{ n: number }];
      for (const c of cases) {
        log(`proposed: ${c.name}`);
        proposed[c.name] = await timeEach(iterations, c.proposed, { budgetMs });
      }
    } finally {
      for (const statement of DROP_PROPOSED) await raw(database, statement);
    }
    console.log(
      JSON.stringify(
        {
          database: database.kind,
          assets: n,
          label: sizeLabel(n),
          iterations,
          setupSeconds,
          rollupRows,
          cases: Object.fromEntries(
            cases.map((c) => [
              c.name,
              {
                currentP50: current[c.name]!.p50,
                currentP95: current[c.name]!.p95,
                proposedP50: proposed[c.name]!.p50,
                proposedP95: proposed[c.name]!.p95,
                current: current[c.name],
                proposed: proposed[c.name],
              },
            ]),
          ),
        },
        null,
        2,
      ),
    );
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
