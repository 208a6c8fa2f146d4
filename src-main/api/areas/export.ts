/**
 * Handlers of the `export.*` operations: the comparison workbook, downloaded (web) or saved
 * (desktop). The workbook is built on a worker thread with a time budget (src-main/work), so the
 * server keeps answering other calls while a large project is exported.
 */
import { InferCalcError } from '@shared/errors';
import type { PriceCatalogData } from '@shared/prices/catalog';
import type { Project } from '@shared/project/schema';
import type { ApiHandlers } from '../handlers';
import { DOCUMENT_FILE_MODE, temporaryPathFor, writeFileAtomic } from '../../files/atomicWrite';
import { nodeFileSystem } from '../../files/fileSystem';
import type { Services } from '../../composition/services';
import { workbookFileName } from '../../export/fileName';
import { writeExportFile } from '../../export/writeExportFile';
import type { ExportJobResult } from '../../work/jobs';
import { restrictToRegions } from './priceCatalog';

/** The workbook's file type in the save dialog. */
const WORKBOOK_FILTERS = [
  { name: 'Excel workbook', extensions: ['xlsx'] },
  { name: 'All files', extensions: ['*'] },
];

/** Save dialogs on some platforms do not add the extension; the workbook always has one. */
export function withWorkbookExtension(path: string): string {
  return /\.xlsx$/i.test(path) ? path : `${path}.xlsx`;
}

/** Every region the project prices in: its own and any a design names. */
export function regionsOfProject(project: Project): string[] {
  const regions = new Set([project.region]);
  for (const design of project.designs) if (design.hosting.region) regions.add(design.hosting.region);
  return [...regions];
}

/** The prices of some regions, kept while the data in use stays the same (picking them walks every price). */
const byRegions = new WeakMap<PriceCatalogData, Map<string, PriceCatalogData>>();

function pricesFor(data: PriceCatalogData, regions: string[]): PriceCatalogData {
  const key = [...regions].sort().join(',');
  const cached = byRegions.get(data) ?? new Map<string, PriceCatalogData>();
  byRegions.set(data, cached);
  let picked = cached.get(key);
  if (!picked) {
    picked = restrictToRegions(data, regions);
    if (cached.size >= 8) cached.clear();
    cached.set(key, picked);
  }
  return picked;
}

/** The workbook of a project, built off this thread over the prices in use (only its regions cross). */
async function buildOffThread(services: Services, project: Project): Promise<ExportJobResult> {
  await services.prices.load(); // price with the refreshed cache, as the app's estimates do
  return services.background.run({
    kind: 'export',
    project,
    catalogData: pricesFor(services.prices.catalogData(), regionsOfProject(project)),
    now: (services.inputs.now ?? (() => new Date()))().toISOString(),
    appVersion: services.version,
  });
}

export function exportHandlers(
  services: Services,
): Pick<ApiHandlers, 'export.workbook' | 'export.saveAs' | 'export.summaryPdf'> {
  return {
    'export.summaryPdf': async ({ suggestedName }) => {
      const dialogs = services.inputs.dialogs;
      if (!dialogs?.printPageToPdf)
        throw new InferCalcError('not-supported', 'saving a PDF needs the desktop app; in the browser, print the page');
      const chosen = await dialogs.chooseFileToSave({
        title: 'Save comparison summary as PDF',
        defaultPath: suggestedName.replace(/[\\/:*?"<>|]/g, ' '),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (chosen === null) return { cancelled: true };
      const path = /\.pdf$/i.test(chosen) ? chosen : `${chosen}.pdf`;
      const bytes = await dialogs.printPageToPdf();
      await writeFileAtomic(nodeFileSystem, path, bytes, temporaryPathFor, DOCUMENT_FILE_MODE);
      return { cancelled: false, path, bytes: bytes.length };
    },
    'export.workbook': async ({ project }) => {
      const { fileName, bytes } = await buildOffThread(services, project);
      return { fileName, base64: Buffer.from(bytes).toString('base64'), bytes: bytes.length };
    },
    'export.saveAs': async ({ project }) => {
      const dialogs = services.inputs.dialogs;
      if (!dialogs)
        throw new InferCalcError(
          'not-supported',
          'saving through a dialog needs the desktop app; in the browser, download the workbook instead',
        );
      const chosen = await dialogs.chooseFileToSave({
        title: 'Export comparison workbook',
        defaultPath: workbookFileName(project.name),
        filters: WORKBOOK_FILTERS,
      });
      if (chosen === null) return { cancelled: true };
      const path = withWorkbookExtension(chosen);
      const { fileName, bytes } = await buildOffThread(services, project);
      // Never over a project file the user works with (a workbook named like one of them).
      const protect = (await services.projects.recent.entries()).map((entry) => entry.path);
      await writeExportFile(path, bytes, { protect });
      return { cancelled: false, path, fileName, bytes: bytes.length };
    },
  };
}
