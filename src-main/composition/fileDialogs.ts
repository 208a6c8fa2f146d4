/**
 * Native file dialogs, as an interface so services never import Electron. The desktop shell
 * provides Electron's dialogs; the web mode and the CLI have none (the browser uploads and
 * downloads instead), and operations that need one answer 'not-supported' there.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogs {
  /** The chosen file's path, or null when the user cancelled. */
  chooseFileToOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** The chosen files' paths (one or more), or null when the user cancelled; absent where there is no dialog. */
  chooseFilesToOpen?(options: { title: string; filters: FileFilter[] }): Promise<string[] | null>;
  /** The chosen target path, or null when the user cancelled. */
  chooseFileToSave(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  /** The app window's page as a PDF (its print stylesheet applies); desktop only. */
  printPageToPdf?(): Promise<Uint8Array>;
}
