/**
 * Handlers of the `projects.*` and `autosave.*` operations. Native dialogs exist only in the desktop
 * app; in web mode the dialog operations answer 'not-supported' and the page uploads and downloads.
 */
import { InferCalcError } from '@shared/errors';
import { projectFileName } from '@shared/project/parseProjectText';
import type { ApiHandlers, CallContext } from '../handlers';
import type { FileDialogs, FileFilter } from '../../composition/fileDialogs';
import type { ProjectFiles } from '../../projects/projectFiles';
import { ANONYMOUS_SESSION, type SessionRegistry } from '../../runtime/sessions';

type ProjectOperations =
  | 'projects.open'
  | 'projects.save'
  | 'projects.saveAs'
  | 'projects.recent'
  | 'projects.keep'
  | 'projects.setDirty'
  | 'autosave.write'
  | 'autosave.read'
  | 'autosave.clear';

/** The file type offered in the dialogs (the format's files end in .infercalc.json). */
export const PROJECT_FILTERS: FileFilter[] = [
  { name: 'InferCalc project', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/** Some platforms' save dialogs do not add the extension; a project file always has one. */
export function withProjectExtension(path: string): string {
  return /\.json$/i.test(path) ? path : `${path}.infercalc.json`;
}

export function projectHandlers(
  projects: ProjectFiles,
  dialogs: FileDialogs | undefined,
  sessions: SessionRegistry,
): Pick<ApiHandlers, ProjectOperations> {
  const requireDialogs = (what: string): FileDialogs => {
    if (!dialogs)
      throw new InferCalcError(
        'not-supported',
        `${what} needs the desktop app; in the browser, upload or download the file`,
      );
    return dialogs;
  };
  /** The desktop window's session lives as long as the process. */
  const sessionOf = (context: CallContext): string => {
    const session = context.session ?? ANONYMOUS_SESSION;
    if (context.transport === 'ipc') sessions.pin(session);
    return session;
  };
  return {
    'projects.open': async ({ path, copy }) => {
      if (copy !== undefined) {
        const kept = await projects.openCopy(copy);
        return { cancelled: false, path: kept.fileName, project: kept.project };
      }
      if (path !== undefined) return { cancelled: false, path, project: await projects.open(path, 'page') };
      const chosen = await requireDialogs('the open dialog').chooseFileToOpen({
        title: 'Open project',
        filters: PROJECT_FILTERS,
      });
      if (chosen === null) return { cancelled: true };
      return { cancelled: false, path: chosen, project: await projects.open(chosen, 'dialog') };
    },
    'projects.save': async ({ path, project }) => ({
      cancelled: false,
      path,
      savedAt: await projects.save(path, project, 'page'),
    }),
    'projects.saveAs': async ({ project, suggestedName }) => {
      const chosen = await requireDialogs('the save dialog').chooseFileToSave({
        title: 'Save project as',
        defaultPath: suggestedName ?? projectFileName(project.name),
        filters: PROJECT_FILTERS,
      });
      if (chosen === null) return { cancelled: true };
      const path = withProjectExtension(chosen);
      return { cancelled: false, path, savedAt: await projects.save(path, project, 'dialog') };
    },
    'projects.recent': async () => ({ projects: await projects.recentProjects() }),
    'projects.keep': async ({ fileName, project }) => {
      await projects.keepCopy(fileName, project);
      return {};
    },
    'projects.setDirty': async ({ dirty, name }) => {
      projects.unsaved = { dirty, name };
      return {};
    },
    'autosave.write': async ({ project, filePath }, context) => {
      await projects.writeAutosave(sessionOf(context), project, filePath);
      return {};
    },
    'autosave.read': async (_request, context) => projects.recoverAutosave(sessionOf(context)),
    'autosave.clear': async (_request, context) => {
      await projects.autosave.clear(sessionOf(context));
      return {};
    },
  };
}
