/** The domain's public API: what the UI, the export and the CLI call. */
export * from './results';
export { HOSTING_LIMITS, type HostingLimits } from './hostingLimits';
export { PURCHASE_EXCLUSIONS, purchaseExclusion, applicablePurchaseTypes } from './purchaseRules';
export { describePreset, presetShape } from './traffic/presets';
export { expandTraffic, weekOf, scaleWorkload, type WeekProfile } from './traffic/week';
export { validateWorkload, workloadTotals, type WorkloadTotals } from './workload';
export { estimateDesign, estimateProject, projectCatalog } from './estimate';
export { simulateSavingsPlan, weeklyFloorCommitment } from './purchase/savingsPlan';
export { rankDesigns, compareEstimates } from './analysis/rank';
export { costVersusTraffic, DEFAULT_SCALE_FACTORS, type TrafficCurves } from './analysis/trafficCurve';
export {
  analyzeCommitment,
  breakEvenUtilization,
  monthsToRecoverUpfront,
  type CommitmentAnalysis,
} from './analysis/breakEven';
export { trafficSensitivity, type Sensitivity } from './analysis/sensitivity';
export { recommendForProject, recommendForWorkload, type Recommendation } from './recommend/recommend';
export { optimizeDesign, type OptimizeOptions, type OptimizerResult } from './recommend/optimizer';
