/**
 * Native file dialogs for the services (the FileDialogs interface), parented to the app window so
 * they are modal to it.
 */
import { BrowserWindow, dialog } from 'electron';
import type { FileDialogs } from '../composition/fileDialogs';

/** Electron's open/save dialogs behind the services' FileDialogs interface. */
export function electronDialogs(): FileDialogs {
  const parent = () => BrowserWindow.getAllWindows()[0];
  return {
    async chooseFileToOpen({ title, filters }) {
      const win = parent();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFilesToOpen({ title, filters }) {
      const win = parent();
      const options = { title, filters, properties: ['openFile' as const, 'multiSelections' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    async chooseFileToSave({ title, defaultPath, filters }) {
      const win = parent();
      const options = { title, defaultPath, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async printPageToPdf() {
      const win = parent();
      if (!win) throw new Error('no window to print');
      // The page's print stylesheet lays out the one-page comparison summary.
      return win.webContents.printToPDF({ pageSize: 'A4', landscape: true, printBackground: true });
    },
  };
}
