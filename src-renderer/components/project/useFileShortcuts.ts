import { useEffect } from 'react';
import type { RootStore } from '../../stores/RootStore';
import { runFileAction } from '../../stores/project/fileActions';
import { shortcutAction } from '../../stores/project/shortcuts';

/**
 * Installs the page's file shortcuts (Ctrl/Cmd+N, O, S, Shift+S, E) in web mode only: in the desktop
 * app the menu's accelerators send the same actions as `menu.action`, and handling the key here too
 * would run each action twice. Also asks the browser to confirm leaving while edits are not yet
 * even autosaved (they are otherwise recoverable, so no prompt then).
 */
export function useFileShortcuts(root: RootStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (root.app.info?.mode !== 'web' || event.repeat) return;
      const action = shortcutAction(event);
      if (!action) return;
      event.preventDefault();
      runFileAction(root, action);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (root.app.info?.mode === 'web' && !root.autosave.upToDate) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [root]);
}
