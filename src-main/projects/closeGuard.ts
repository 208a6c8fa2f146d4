/**
 * What happens when the desktop window is asked to close while the project has unsaved changes:
 * a native question (Save / Discard / Cancel) as plain data, and the decision as a pure function,
 * so the Electron shell only shows the box and follows the plan.
 */

/** What the renderer last reported (projects.setDirty). */
export interface UnsavedState {
  dirty: boolean;
  name: string;
}

/** The options of the native message box (a subset of Electron's MessageBoxSyncOptions). */
export interface ClosePrompt {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

export const CLOSE_BUTTONS = ['Save…', 'Discard changes', 'Cancel'] as const;

export function closePrompt(state: UnsavedState): ClosePrompt {
  const name = state.name.trim() || 'Untitled project';
  return {
    type: 'warning',
    title: 'Unsaved changes',
    message: `Save the changes to “${name}” before closing?`,
    detail: 'If you discard them, the changes since the last save are lost.',
    buttons: [...CLOSE_BUTTONS],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

/**
 * The plan for a close request:
 *  - close: let the window close (clearAutosave when the user chose to discard);
 *  - stay: keep the window open (Cancel, or closed the box);
 *  - save: keep it open and run the app's Save action, after which the user closes again.
 */
export type ClosePlan = { action: 'close'; clearAutosave: boolean } | { action: 'stay' } | { action: 'save' };

/** Decides the close; `ask` shows the prompt and returns the chosen button's index. */
export function planClose(state: UnsavedState, ask: (prompt: ClosePrompt) => number): ClosePlan {
  if (!state.dirty) return { action: 'close', clearAutosave: false };
  switch (ask(closePrompt(state))) {
    case 0:
      return { action: 'save' };
    case 1:
      return { action: 'close', clearAutosave: true };
    default:
      return { action: 'stay' };
  }
}
