/**
 * The window's title for the open project: its name, the file it lives in and an unsaved-changes
 * mark, so the desktop window (Electron shows the page title) and the browser tab say what is open.
 */

/** What the title reads from the project store. */
export interface TitledProject {
  readonly current: { readonly name: string };
  readonly filePath: string | null;
  readonly dirty: boolean;
}

/** The last part of a path, for either separator (a Windows path reaches the renderer as typed). */
function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "• Fraud scoring (fraud.infercalc.json) — InferCalc"; the bullet marks unsaved changes. */
export function windowTitle(p: TitledProject): string {
  const name = p.current.name.trim() || 'Untitled project';
  const file = p.filePath === null ? '' : ` (${fileNameOf(p.filePath)})`;
  return `${p.dirty ? '• ' : ''}${name}${file} — InferCalc`;
}
