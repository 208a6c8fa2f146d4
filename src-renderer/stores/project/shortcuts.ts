/**
 * The page's keyboard shortcuts for the file actions: Ctrl+N/O/S, Ctrl+Shift+S and Ctrl+E, undo and
 * redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) and Ctrl+P (the comparison summary) (Cmd on macOS). The desktop menu's accelerators already send these as `menu.action`, so the page only
 * installs its own handler in web mode, and each key press runs its action once.
 */
import type { EventPayload } from '@shared/api/contract';

export type FileAction = EventPayload<'menu.action'>['action'];

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The action a key press asks for, or null. Ctrl or Cmd (either, so it works on every OS), never Alt. */
export function shortcutAction(event: KeyLike): FileAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (event.shiftKey) return key === 's' ? 'save-as' : key === 'z' ? 'redo' : null;
  switch (key) {
    case 'z':
      return 'undo';
    case 'y':
      return 'redo';
    case 'p':
      return 'print';
    case 'n':
      return 'new';
    case 'o':
      return 'open';
    case 's':
      return 'save';
    case 'e':
      return 'export';
    default:
      return null;
  }
}

/** What each action's shortcut is called, for tooltips and aria-keyshortcuts. */
export const SHORTCUT_LABELS: Record<Exclude<FileAction, 'about'>, string> = {
  new: 'Control+N',
  open: 'Control+O',
  save: 'Control+S',
  'save-as': 'Control+Shift+S',
  export: 'Control+E',
  undo: 'Control+Z',
  redo: 'Control+Shift+Z',
  print: 'Control+P',
};
