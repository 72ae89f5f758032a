/**
 * The forecasting and inventory-policy engine: pure functions on per-period demand arrays.
 */
export type { ForecastFit, MethodName, Series, SmoothingParams } from './types.js';
export {
  classifyDemand,
  classFor,
  ADI_CUTOFF,
  CV2_CUTOFF,
  type DemandClass,
  type DemandClassification,
} from './classify.js';
export { ses } from './ses.js';
export { croston, sba } from './croston.js';
export { tsb } from './tsb.js';
export { seasonal, seasonalApplies, DEFAULT_SEASON_LENGTH } from './seasonal.js';
export { pointForecast, type FitOptions } from './fitting.js';
export {
  selectModel,
  defaultMethod,
  candidatesFor,
  METHODS,
  type Selection,
  type SelectOptions,
  type CandidateScore,
} from './select.js';
export {
  leadTimeDemandDistribution,
  compoundDemandDistribution,
  rateUncertainty,
  quantile,
  cdf,
  expectedShortage,
  type DemandDistribution,
} from './distribution.js';
export {
  reorderPoint,
  safetyStock,
  planInventory,
  recommendedOrderQuantity,
  DEFAULT_SERVICE_LEVEL,
  type ServiceLevelModel,
  type ServiceTarget,
  type PlanOptions,
  type InventoryPlan,
  type OrderInput,
} from './policy.js';
export { stockOutDate, type StockOutInput, type Arrival } from './stockout.js';
export { monthIndex, monthLabel, monthOffsetToDate } from './period-dates.js';
export { suggestTransfers, type LocationPosition, type TransferSuggestion } from './transfers.js';
export { rollUp, type TreeNode } from './rollup.js';
export { simulateOrderUpTo, type SimulationInput, type SimulationResult } from './simulate.js';
