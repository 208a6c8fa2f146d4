/**
 * The export service: a project → the comparison workbook, in memory (for a browser download) or
 * written atomically to a path (desktop save, CLI). Prices come from the active catalog with the
 * project's user-entered rates on top, exactly as the app's estimates are made.
 */
import { projectCatalog } from '@shared/domain';
import type { PriceCatalogData } from '@shared/prices/catalog';
import type { Project } from '@shared/project/schema';
import { buildWorkbook, workbookBytes } from './buildWorkbook';
import { collectExportData } from './exportData';
import { workbookFileName } from './fileName';
import { writeExportFile, type ExportTargetRules } from './writeExportFile';

export interface ExportServiceDeps {
  /** The price data in use (snapshot with the refreshed cache over it). */
  catalogData: () => PriceCatalogData;
  now: () => Date;
  appVersion: string;
}

/** A built workbook: its suggested file name and its bytes. */
export interface ExportedWorkbook {
  fileName: string;
  bytes: Buffer;
}

export class ExportService {
  constructor(private readonly deps: ExportServiceDeps) {}

  /** Builds the workbook of a (validated) project. */
  build(project: Project): ExportedWorkbook {
    const now = this.deps.now();
    const catalog = projectCatalog(project, this.deps.catalogData(), now.toISOString().slice(0, 10));
    const data = collectExportData(project, catalog, now, this.deps.appVersion);
    return { fileName: workbookFileName(project.name), bytes: workbookBytes(buildWorkbook(data)) };
  }

  /** The suggested file name of a project's workbook. */
  fileNameFor(project: Project): string {
    return workbookFileName(project.name);
  }

  /** Builds and writes the workbook to `target` atomically; throws FileAccessError when it cannot. */
  async saveTo(project: Project, target: string, rules: ExportTargetRules = {}): Promise<ExportedWorkbook> {
    const workbook = this.build(project);
    await writeExportFile(target, workbook.bytes, rules);
    return workbook;
  }
}
