/**
 * Everything the workbook shows, worked out once by the domain engine: each design's estimate, the
 * ranking and the recommended design, the cost-versus-traffic curves, and the price facts. The sheet
 * builders only lay these figures out; none of them computes a cost.
 */
import {
  rankDesigns,
  costVersusTraffic,
  type TrafficCurves,
  estimateProject,
  type DesignEstimate,
  weekOf,
  type WeekProfile,
} from '@shared/domain';
import type { PriceCatalog } from '@shared/prices/catalog';
import type { Project } from '@shared/project/schema';
import { designSheetNames } from './sheetNames';

export interface ExportData {
  project: Project;
  estimates: DesignEstimate[];
  /** The design sheet name of each design, in the project's order. */
  sheetNames: string[];
  /** Index (in project order) of the recommended design, or null when no design is feasible and priced. */
  recommended: number | null;
  /** Rank of each design (1 = best), in project order. */
  ranks: number[];
  week: WeekProfile;
  curves: TrafficCurves;
  catalog: PriceCatalog;
  /** The export date, yyyy-mm-dd. */
  exportedOn: string;
  appVersion: string;
}

/** Runs the engine over a project and a catalog (already carrying the project's user rates). */
export function collectExportData(project: Project, catalog: PriceCatalog, now: Date, appVersion: string): ExportData {
  const estimates = estimateProject(project, catalog);
  const ranked = rankDesigns(estimates);
  const ranks = estimates.map((e) => ranked.indexOf(e) + 1);
  const best = ranked[0];
  const recommended = best && best.feasible && best.monthlyUsd !== null ? estimates.indexOf(best) : null;
  return {
    project,
    estimates,
    sheetNames: designSheetNames(project.designs.map((d) => d.name)),
    recommended,
    ranks,
    week: weekOf(project.workload),
    curves: costVersusTraffic(project.designs, project.workload, catalog, project.region),
    catalog,
    exportedOn: now.toISOString().slice(0, 10),
    appVersion,
  };
}
