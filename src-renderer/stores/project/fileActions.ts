/**
 * One place that runs a file action, whichever way it was asked for: the desktop menu (the
 * `menu.action` event), a keyboard shortcut in web mode, or a toolbar button.
 */
import type { FileAction } from './shortcuts';
import type { ProjectFileStore } from './ProjectFileStore';

export interface FileActionTarget {
  files: ProjectFileStore;
  /** Export is another feature's; it registers its action here (see RootStore.exportAction). */
  exportAction?: (() => void) | null;
  /** Undo and redo of project edits (RootStore). */
  undo?: () => void;
  redo?: () => void;
  /** The printable comparison summary (RootStore). */
  printSummary?: () => void;
}

/** Runs the action; 'about' is shown by the desktop shell itself, so the page ignores it. */
export function runFileAction(target: FileActionTarget, action: FileAction): void {
  switch (action) {
    case 'new':
      void target.files.newProject();
      break;
    case 'open':
      void target.files.open();
      break;
    case 'save':
      void target.files.save();
      break;
    case 'save-as':
      void target.files.saveAs();
      break;
    case 'export':
      target.exportAction?.();
      break;
    case 'undo':
      target.undo?.();
      break;
    case 'redo':
      target.redo?.();
      break;
    case 'print':
      target.printSummary?.();
      break;
    case 'about':
      break;
  }
}
