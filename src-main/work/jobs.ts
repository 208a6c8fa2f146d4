/**
 * Work that can take long (the comparison workbook of a large project), as plain data that crosses
 * to a worker thread and back: a job in, a result out. `runJob` is the same code whichever thread
 * runs it.
 */
import type { PriceCatalogData } from '@shared/prices/catalog';
import type { Project } from '@shared/project/schema';
import { ExportService } from '../export/exportService';

/** Builds the comparison workbook of a (validated) project over the given prices. */
export interface ExportJob {
  kind: 'export';
  project: Project;
  catalogData: PriceCatalogData;
  /** The export's time (ISO), so the workbook is dated as the caller sees it. */
  now: string;
  appVersion: string;
}

export interface ExportJobResult {
  fileName: string;
  bytes: Uint8Array;
}

export type Job = ExportJob;
export type JobResult = ExportJobResult;

/** Runs a job in the calling thread. */
export function runJob(job: Job): JobResult {
  const exporter = new ExportService({
    catalogData: () => job.catalogData,
    now: () => new Date(job.now),
    appVersion: job.appVersion,
  });
  return exporter.build(job.project);
}
