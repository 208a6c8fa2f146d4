/** Handlers of the `export.*` operations: the comparison workbook, downloaded (web) or saved (desktop). */
import { InferCalcError } from '@shared/errors';
import type { ApiHandlers } from '../handlers';
import type { Services } from '../../services/services';
import { createExportService } from '../../export/createExportService';

/** The workbook's file type in the save dialog. */
const WORKBOOK_FILTERS = [
  { name: 'Excel workbook', extensions: ['xlsx'] },
  { name: 'All files', extensions: ['*'] },
];

/** Save dialogs on some platforms do not add the extension; the workbook always has one. */
export function withWorkbookExtension(path: string): string {
  return /\.xlsx$/i.test(path) ? path : `${path}.xlsx`;
}

export function exportHandlers(services: Services): Pick<ApiHandlers, 'export.workbook' | 'export.saveAs'> {
  const exporter = createExportService(services);
  return {
    'export.workbook': async ({ project }) => {
      await services.prices.load(); // price with the refreshed cache, as the app's estimates do
      const { fileName, bytes } = exporter.build(project);
      return { fileName, base64: bytes.toString('base64'), bytes: bytes.length };
    },
    'export.saveAs': async ({ project }) => {
      const dialogs = services.inputs.dialogs;
      if (!dialogs)
        throw new InferCalcError(
          'not-supported',
          'saving through a dialog needs the desktop app; in the browser, download the workbook instead',
        );
      const fileName = exporter.fileNameFor(project);
      const chosen = await dialogs.chooseFileToSave({
        title: 'Export comparison workbook',
        defaultPath: fileName,
        filters: WORKBOOK_FILTERS,
      });
      if (chosen === null) return { cancelled: true };
      const path = withWorkbookExtension(chosen);
      await services.prices.load();
      // Never over a project file the user works with (a workbook named like one of them).
      const protect = (await services.projects.recent.entries()).map((entry) => entry.path);
      const written = await exporter.saveTo(project, path, { protect });
      return { cancelled: false, path, fileName: written.fileName, bytes: written.bytes.length };
    },
  };
}
