/**
 * The domain's public API: what the UI, the export, the CLI and the project format import. Nothing
 * outside src-shared/domain imports a module of the domain directly (a lint rule, proven by
 * tests/main/lint/borders.test.ts), so the modules behind this file can move freely.
 */
export * from './results';
export type * from './model';
export type {
  ChoiceFieldSpec,
  HostingDefinition,
  HostingFamily,
  HostingWords,
  NumberFieldSpec,
  NumberRule,
  PurchaseDefinition,
} from './definitions';
export { DesignSchema } from './design';
export { NonFiniteFigureError } from './finite';
export {
  HOSTING_DEFINITIONS,
  HOSTING_LIMITS,
  HOSTING_TYPES,
  HostingSchema,
  findHostingDefinition,
  hostingDefinition,
  isInstanceHosting,
  type InstanceHostingType,
} from './hosting';
export { bedrockModels } from './hosting/bedrock';
export { startingAutoscaling } from './hosting/instanceBased';
export type { HostingLimits } from './hostingLimits';
export {
  ON_DEMAND,
  PURCHASE_DEFINITIONS,
  PURCHASE_TYPES,
  PurchaseSchema,
  findPurchaseDefinition,
  purchaseDefinition,
} from './purchase';
export { purchaseApplies, purchaseExclusion } from './purchaseRules';
export { describePreset, presetAverageShares, presetShape } from './traffic/presets';
export { expandTraffic, trafficProblem, weekOf, scaleWorkload, type WeekProfile } from './traffic/week';
export { validateWorkload, workloadTotals, type WorkloadTotals } from './workload';
export { estimateDesign, estimateInWeek, estimateProject, hostingOutputTokens, projectCatalog } from './estimate';
export { simulateSavingsPlan, weeklyFloorCommitment } from './purchase/savingsPlan';
export { rankDesigns, compareEstimates } from './analysis/rank';
export { costUnavailableReason, shownCosts } from './analysis/shownCost';
export {
  costVersusTraffic,
  findCrossovers,
  DEFAULT_SCALE_FACTORS,
  type Crossover,
  type DesignCurve,
  type TrafficCurves,
} from './analysis/trafficCurve';
export {
  analyzeCommitment,
  breakEvenUtilization,
  monthsToRecoverUpfront,
  type BreakEvenPoint,
  type CommitmentAnalysis,
} from './analysis/breakEven';
export { trafficSensitivity, type Sensitivity } from './analysis/sensitivity';
export { recommendForProject, recommendForWorkload, type Recommendation } from './recommend/recommend';
export { createOptimizerMemo, type OptimizerMemo } from './recommend/memo';
export { optimizeDesign, type OptimizeOptions, type OptimizerResult } from './recommend/optimizer';
export { resolveInstanceSpec } from './capacity/instanceNames';
export {
  decodeEstimate,
  designThroughput,
  givenThroughput,
  throughputSourceWords,
  type DecodeEstimate,
  type ThroughputFields,
  type ThroughputFigure,
  type ThroughputWorkload,
} from './gpu/throughput';
export { acceleratorOf, bandwidthOf, ACCELERATOR_BANDWIDTH, type AcceleratorHardware } from './gpu/accelerators';
export { checkModelFit, shardDegrees, type ModelFit } from './gpu/fit';
export { kvCacheGB, memoryNeed, modelWeights, type MemoryNeed, type ModelSizeFields } from './gpu/modelMemory';
export {
  bedrockLatency,
  bedrockModelPrices,
  bedrockRequestCost,
  bedrockTaskOf,
  isEmbedding,
  isTextGeneration,
  promptCacheWriteTokens,
  provisionedThroughputTerms,
  rankBedrockModels,
  sizeProvisionedThroughput,
  type BedrockModelPrices,
  type BedrockTask,
  type TokenMix,
} from './gpu/bedrockChoice';
export { measuredThroughputOf, type MeasuredThroughput } from './recommend/measured';
export {
  CROSSOVER_FACTORS,
  selfHostVersusBedrock,
  whySelfHostUnanswered,
  type SelfHostAnswer,
  type SelfHostCrossover,
  type TrafficAt,
} from './gpu/crossover';
export { throughputWords, type CrossoverThroughput } from './gpu/crossoverWords';
export {
  costPer1kRequestsAtFullLoad,
  costPer1MOutputTokensAtFullLoad,
  costPer1MOutputTokensUsd,
  costPer1kRequestsUsd,
} from './gpu/costPerToken';
