/**
 * Forecast accuracy on real intermittent demand: the 2,674 monthly car-part series of
 * ../shared/fixtures/demand/carparts.csv (1998-01 to 2002-03).
 *
 * Absent months are missing, not zero: in this dataset they are never inside a series, only at its
 * end (165 parts are recorded for their first 12 to 14 months only, the other 2,509 for all 51), which
 * is how the source (Hyndman's expsmooth `carparts`, where they are NA) marks parts whose record
 * stops; the literature evaluates on the 2,509 complete series. So a series is its recorded months,
 * and the benchmark uses the complete series (the short ones cannot give 12 hold-out months and a
 * history to plan from). `--absent-as-zero` runs the alternative (all 2,674 series, gaps as zero
 * demand) for comparison.
 *
 * For each series the last 12 months are held out; methods and parameters are chosen on the rest.
 * 1. Inventory: a monthly order-up-to policy (review every month, supplier lead time 1 month, so the
 *    level covers 2 months of demand), the reorder point at a 95% fill-rate target (the engine's
 *    default service-level model), lost sales, starting with on hand = the reorder point, replayed
 *    over the 12 hold-out months. Two ways:
 *    - `static`: the plan made at the end of the training months is kept for all 12 months;
 *    - `monthlyReplan`: each month the reorder point is recomputed from the demand seen so far, with
 *      the method and parameters chosen on the training months (what the product does).
 *    Reported: fill rate (demand served from stock / total demand, pooled over all series), the same
 *    over the series that had any demand in their training months (16 series had none: no forecast
 *    can plan for them), the average end-of-month stock per series, and the months with a stock-out.
 *    The selection is also run against a 95% cycle service level, to show why that is not the default.
 * 2. Point accuracy over the 12 hold-out months (forecasts made at the end of the training months):
 *    mean MASE and mean RMSSE, scaled by the in-sample one-step naive error (series with a zero scale,
 *    i.e. constant training months, are left out of these means and counted).
 * 3. Time to forecast (classify, compare the candidates out of sample, refit the winner) all 2,674
 *    series on their recorded history; and the same plus the lead-time distribution and reorder point.
 *
 *   npx tsx bench/forecast-accuracy.ts [--absent-as-zero] [--csv path]
 *
 * Prints JSON and writes it to bench/results/forecast-accuracy.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  METHODS,
  croston,
  monthIndex,
  planInventory,
  pointForecast,
  sba,
  selectModel,
  ses,
  simulateOrderUpTo,
  tsb,
  type ForecastFit,
  type ServiceLevelModel,
  type SimulationResult,
} from '../src/domain/forecasting/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const csvIndex = args.indexOf('--csv');
const csvPath = csvIndex >= 0 ? args[csvIndex + 1]! : path.resolve(here, '../../shared/fixtures/demand/carparts.csv');
const absentAsZero = args.includes('--absent-as-zero');

const HOLD_OUT = 12;
const LEAD_TIME = 1;
const REVIEW_PERIOD = 1;
const SERVICE_LEVEL = 0.95;

interface Part {
  part: string;
  values: Map<number, number>;
}

function load(file: string): { parts: Part[]; first: number; last: number } {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const byPart = new Map<string, Part>();
  let first = Infinity;
  let last = -Infinity;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const [part, month, quantity] = line.split(',');
    const index = monthIndex(month!);
    const value = Number(quantity);
    if (!Number.isFinite(value) || value < 0) throw new Error(`Line ${i + 1}: quantity "${quantity}" is not a demand.`);
    let entry = byPart.get(part!);
    if (!entry) byPart.set(part!, (entry = { part: part!, values: new Map() }));
    entry.values.set(index, value);
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  return { parts: [...byPart.values()], first, last };
}

/** Recorded months from the part's first to its last, or (absent as zero) the whole span. */
function seriesOf(part: Part, first: number, last: number): number[] {
  const months = [...part.values.keys()];
  const from = absentAsZero ? first : Math.min(...months);
  const to = absentAsZero ? last : Math.max(...months);
  const y: number[] = [];
  for (let m = from; m <= to; m++) {
    const v = part.values.get(m);
    if (v === undefined && !absentAsZero) throw new Error(`Part ${part.part}: month ${m} missing inside the series.`);
    y.push(v ?? 0);
  }
  return y;
}

/** Picks and fits a method on a training history ('zero': the all-zero forecast, no stock). The
 * monthly re-plan re-runs the chosen method with the chosen parameters on the longer history. */
interface Strategy {
  fit: (train: number[]) => ForecastFit | 'zero';
}

const STRATEGIES: Record<string, Strategy> = {
  selection: { fit: (y) => selectModel(y).fit },
  ses: { fit: (y) => ses(y) },
  croston: { fit: (y) => croston(y) },
  sba: { fit: (y) => sba(y) },
  tsb: { fit: (y) => tsb(y) },
  zero: { fit: () => 'zero' },
};

interface Inventory {
  fillRate: number;
  /** Fill rate over the series that had demand in their training months (the others cannot be planned for). */
  fillRateWithHistory: number;
  averageStock: number;
  stockOutMonths: number;
}

interface Outcome {
  static: Inventory;
  monthlyReplan: Inventory;
  mase: number;
  rmsse: number;
}

const round = (v: number, d = 4) => Math.round(v * 10 ** d) / 10 ** d;

function levelFor(fit: ForecastFit | 'zero', model: ServiceLevelModel): number {
  if (fit === 'zero') return 0;
  return planInventory(fit, { leadTime: LEAD_TIME, reviewPeriod: REVIEW_PERIOD, serviceLevel: SERVICE_LEVEL, model })
    .reorderPoint;
}

class InventoryTally {
  demand = 0;
  served = 0;
  demandWithHistory = 0;
  servedWithHistory = 0;
  stock = 0;
  stockOuts = 0;
  series = 0;
  add(sim: SimulationResult, hadHistory: boolean) {
    this.demand += sim.demand;
    this.served += sim.served;
    if (hadHistory) {
      this.demandWithHistory += sim.demand;
      this.servedWithHistory += sim.served;
    }
    this.stock += sim.averageStock;
    this.stockOuts += sim.stockOutPeriods;
    this.series++;
  }
  result(): Inventory {
    return {
      fillRate: round(this.served / this.demand),
      fillRateWithHistory: round(this.servedWithHistory / this.demandWithHistory),
      averageStock: round(this.stock / this.series, 3),
      stockOutMonths: this.stockOuts,
    };
  }
}

function evaluate(series: number[][], strategy: Strategy, model: ServiceLevelModel): Outcome & { scaled: number } {
  const still = new InventoryTally();
  const replan = new InventoryTally();
  let maseSum = 0;
  let rmsseSum = 0;
  let scaled = 0;
  for (const y of series) {
    const trainLength = y.length - HOLD_OUT;
    const train = y.slice(0, trainLength);
    const test = y.slice(trainLength);
    const hadHistory = train.some((v) => v > 0);
    const fit = strategy.fit(train);

    // Inventory, plan made once at the end of the training months.
    const level = levelFor(fit, model);
    still.add(simulateOrderUpTo({ demand: test, level, leadTime: LEAD_TIME, initialOnHand: level }), hadHistory);
    // Inventory, re-planned every month: the same method and parameters on the demand seen so far.
    const levels = [level];
    for (let t = 1; t < HOLD_OUT; t++) {
      const history = y.slice(0, trainLength + t);
      levels.push(levelFor(fit === 'zero' ? fit : METHODS[fit.method](history, { params: fit.params }), model));
    }
    replan.add(
      simulateOrderUpTo({ demand: test, level: levels, leadTime: LEAD_TIME, initialOnHand: level }),
      hadHistory,
    );

    // Point accuracy of the forecast made at the end of the training months.
    const forecast = fit === 'zero' ? new Array<number>(HOLD_OUT).fill(0) : pointForecast(fit, HOLD_OUT);
    let naiveAbs = 0;
    let naiveSq = 0;
    for (let t = 1; t < train.length; t++) {
      const d = train[t]! - train[t - 1]!;
      naiveAbs += Math.abs(d);
      naiveSq += d * d;
    }
    if (naiveAbs === 0) continue;
    naiveAbs /= train.length - 1;
    naiveSq /= train.length - 1;
    let abs = 0;
    let sq = 0;
    for (let h = 0; h < HOLD_OUT; h++) {
      const e = test[h]! - forecast[h]!;
      abs += Math.abs(e);
      sq += e * e;
    }
    maseSum += abs / HOLD_OUT / naiveAbs;
    rmsseSum += Math.sqrt(sq / HOLD_OUT / naiveSq);
    scaled++;
  }
  return {
    static: still.result(),
    monthlyReplan: replan.result(),
    mase: round(maseSum / scaled),
    rmsse: round(rmsseSum / scaled),
    scaled,
  };
}

const { parts, first, last } = load(csvPath);
const all = parts.map((p) => seriesOf(p, first, last));
const span = last - first + 1;
const evaluated = absentAsZero ? all : all.filter((y) => y.length === span);

// Timing: every series on its recorded history, best of 3 after a warm-up. "forecast" is selecting and
// fitting a method; "plan" adds the lead-time demand distribution and the reorder point.
const best = (fn: () => void) => {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  return Math.round(Math.min(...runs));
};
const forecastMs = best(() => {
  for (const y of all) selectModel(y);
});
const planMs = best(() => {
  for (const y of all) planInventory(selectModel(y).fit, { leadTime: LEAD_TIME, reviewPeriod: REVIEW_PERIOD });
});

const methods: Record<string, Outcome> = {};
let scaledSeries = 0;
for (const [name, strategy] of Object.entries(STRATEGIES)) {
  const { scaled, ...outcome } = evaluate(evaluated, strategy, 'fill');
  methods[name] = outcome;
  scaledSeries = scaled;
}
const { scaled: _scaled, ...cycleSelection } = evaluate(evaluated, STRATEGIES.selection!, 'cycle');

const chosen: Record<string, number> = {};
const classes: Record<string, number> = {};
for (const y of evaluated) {
  const selection = selectModel(y.slice(0, y.length - HOLD_OUT));
  chosen[selection.fit.method] = (chosen[selection.fit.method] ?? 0) + 1;
  classes[selection.classification.demandClass] = (classes[selection.classification.demandClass] ?? 0) + 1;
}
const holdOutDemand = evaluated.reduce((sum, y) => sum + y.slice(y.length - HOLD_OUT).reduce((a, b) => a + b, 0), 0);

const report = {
  data: {
    file: path.basename(csvPath),
    parts: parts.length,
    months: span,
    absentMonths: absentAsZero ? 'zero demand' : 'missing (a series is its recorded months)',
    seriesEvaluated: evaluated.length,
    holdOutMonths: HOLD_OUT,
    holdOutDemand,
    seriesWithoutTrainingDemand: evaluated.filter((y) => y.slice(0, y.length - HOLD_OUT).every((v) => v === 0)).length,
    seriesScaled: scaledSeries,
    trainingClasses: classes,
  },
  policy: {
    review: 'monthly, order up to the reorder point',
    leadTimeMonths: LEAD_TIME,
    protectionMonths: LEAD_TIME + REVIEW_PERIOD,
    serviceLevel: SERVICE_LEVEL,
    serviceLevelModel: 'fill rate',
    sales: 'lost',
    start: 'on hand = reorder point',
  },
  methods,
  selectionWithCycleServiceLevel: cycleSelection,
  selectedMethods: chosen,
  timing: { series: all.length, forecastAllMs: forecastMs, forecastAndPlanAllMs: planMs },
};

const json = JSON.stringify(report, null, 2);
console.log(json);
fs.mkdirSync(path.join(here, 'results'), { recursive: true });
fs.writeFileSync(
  path.join(here, 'results', absentAsZero ? 'forecast-accuracy-absent-zero.json' : 'forecast-accuracy.json'),
  json + '\n',
);
