/**
 * The project file service: open and save project files, the recent projects list, the autosave,
 * and whether there are unsaved changes. It takes the data folder, a clock and a logger (and,
 * for tests, a file system) through its constructor, and knows nothing of Electron or dialogs.
 *
 * Which files it may touch: only files the user chose. On the desktop, a path the user picked in a
 * native dialog (this session, or an earlier one through the recent list, which only dialog choices
 * enter) may be opened or saved again by the page; no operation can add a path to that set from page
 * input. In web mode the page never names a path at all: it uploads and downloads instead, and its
 * recent list holds copies main keeps in the data folder (keptCopies.ts), named by ids main chose.
 */
import { basename, isAbsolute, resolve } from 'node:path';
import type { RecentProject } from '@shared/api/schemas/projects';
import { FileAccessError, InferCalcError } from '@shared/errors';
import { serializeProject } from '@shared/project/parseProjectText';
import type { Project } from '@shared/project/schema';
import type { Logger } from '../runtime/logger';
import { DOCUMENT_FILE_MODE, temporaryPathFor, writeFileAtomic } from '../files/atomicWrite';
import type { SessionRegistry } from '../runtime/sessions';
import { AutosaveSlots, type AutosaveRead } from './autosaveSlots';
import type { UnsavedState } from './closeGuard';
import { writeError } from './fileErrors';
import { nodeFileSystem, type FileSystem } from '../files/fileSystem';
import { readProjectFile } from './readProjectFile';
import { KeptCopies } from './keptCopies';
import { RecentProjects } from './recentProjects';

export interface ProjectFilesOptions {
  dataFolder: string;
  now: () => Date;
  logger: Logger;
  sessions: SessionRegistry;
  /** False in web mode: the page may not name a file on this machine. */
  pathsFromPage: boolean;
  fs?: FileSystem;
}

/** How a path reached the service: chosen by the user in a native dialog, or sent by the page. */
export type PathOrigin = 'dialog' | 'page';

const NO_PATHS_IN_WEB_MODE =
  'the web mode never reads or writes a file by path; upload the project, or download it to save';
const NO_COPIES_ON_DESKTOP = 'the desktop app keeps the files you open and save in its recent list, not copies';

export class ProjectFiles {
  readonly recent: RecentProjects;
  /** Web mode's recent projects: copies in the data folder (the page may not name files here). */
  readonly copies: KeptCopies;
  readonly autosave: AutosaveSlots;
  /** What the renderer last reported, for the close question. */
  unsaved: UnsavedState = { dirty: false, name: '' };
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private readonly logger: Logger;
  private readonly pathsFromPage: boolean;
  /** Paths the user chose in a dialog during this session. */
  private readonly granted = new Set<string>();

  constructor(options: ProjectFilesOptions) {
    this.fs = options.fs ?? nodeFileSystem;
    this.now = options.now;
    this.logger = options.logger;
    this.pathsFromPage = options.pathsFromPage;
    this.recent = new RecentProjects(this.fs, options.dataFolder, options.now, options.logger);
    this.copies = new KeptCopies(this.fs, options.dataFolder, options.now, options.logger);
    this.autosave = new AutosaveSlots({
      fs: this.fs,
      dataFolder: options.dataFolder,
      now: options.now,
      logger: options.logger,
      sessions: options.sessions,
    });
  }

  /** Reads and validates a project; adds it to the recent list. Nothing changes when it is bad. */
  async open(path: string, origin: PathOrigin): Promise<Project> {
    const target = await this.checkPath(path, origin);
    const project = await readProjectFile(target, this.fs);
    if (origin === 'dialog') this.granted.add(target);
    await this.remember(target, project.name);
    return project;
  }

  /** Writes the project atomically (keeping the file's mode); adds it to the recent list. Returns the ISO time of the save. */
  async save(path: string, project: Project, origin: PathOrigin): Promise<string> {
    const target = await this.checkPath(path, origin);
    try {
      await writeFileAtomic(this.fs, target, serializeProject(project), temporaryPathFor, DOCUMENT_FILE_MODE);
    } catch (error) {
      throw writeError(target, error);
    }
    if (origin === 'dialog') this.granted.add(target);
    await this.remember(target, project.name);
    return this.now().toISOString();
  }

  /**
   * Keeps the session's unsaved project. `filePath` says where it belongs: on the desktop a file the
   * user chose (anything else is refused), in web mode only the downloaded file's name, as a label.
   */
  async writeAutosave(session: string, project: Project, filePath: string | null): Promise<void> {
    let belongsTo = filePath;
    if (filePath !== null && !this.pathsFromPage) {
      if (basename(filePath) !== filePath || filePath.includes('\\'))
        throw new InferCalcError('invalid-input', 'filePath: in web mode only the file name of a download, not a path');
    } else if (filePath !== null) {
      belongsTo = await this.checkPath(filePath, 'page');
    }
    await this.autosave.write(session, project, belongsTo);
  }

  /**
   * The autosave a session may recover (see AutosaveSlots.claimRecovery). The file it belongs to is
   * given back only while the user's choice of it still stands (chosen in a dialog this session, or
   * in the recent list); otherwise the project comes back as never saved, and Save asks where. In web
   * mode only the file's name is given back, as a label.
   */
  async recoverAutosave(session: string): Promise<AutosaveRead> {
    const read = await this.autosave.claimRecovery(session);
    const path = read.autosave?.filePath;
    if (!read.autosave || !path) return read;
    let filePath: string | null = basename(path);
    if (this.pathsFromPage) filePath = isAbsolute(path) && (await this.isChosen(resolve(path))) ? path : null;
    return { ...read, autosave: { ...read.autosave, filePath } };
  }

  /**
   * Recent projects: on the desktop the files themselves; in web mode, whose page may not know paths
   * on this machine, the kept copies, by the name of the file and the copy's id.
   */
  async recentProjects(): Promise<RecentProject[]> {
    if (this.pathsFromPage) return this.recent.list();
    return (await this.copies.list()).map((c) => ({ path: c.fileName, name: c.name, openedAt: c.keptAt, copy: c.id }));
  }

  /**
   * Web mode: keeps a copy of a project the user uploaded or downloaded as `fileName`, for the recent
   * list. The list is a convenience: a failure to keep the copy is logged, never the request's failure.
   */
  async keepCopy(fileName: string, project: Project): Promise<void> {
    if (this.pathsFromPage) throw new InferCalcError('not-supported', NO_COPIES_ON_DESKTOP);
    await this.copies.keep(fileName, project).catch((error: unknown) => {
      this.logger.warn(`recent projects: cannot keep a copy of ${fileName}: ${String(error)}`);
    });
  }

  /** Web mode: the kept copy with this id and the name of its file. */
  async openCopy(id: string): Promise<{ fileName: string; project: Project }> {
    if (this.pathsFromPage) throw new InferCalcError('not-supported', NO_COPIES_ON_DESKTOP);
    return this.copies.open(id);
  }

  private async isChosen(target: string): Promise<boolean> {
    return this.granted.has(target) || (await this.recent.includes(target));
  }

  /** The recent list is a convenience: failing to update it must not fail an open or a save. */
  private async remember(path: string, name: string): Promise<void> {
    try {
      await this.recent.add(path, name);
    } catch (error) {
      this.logger.warn(`recent projects: cannot update the list: ${String(error)}`);
    }
  }

  private async checkPath(path: string, origin: PathOrigin): Promise<string> {
    if (origin === 'page' && !this.pathsFromPage) throw new InferCalcError('not-supported', NO_PATHS_IN_WEB_MODE);
    if (!isAbsolute(path)) throw new InferCalcError('invalid-input', 'path: expected an absolute file path');
    const target = resolve(path);
    if (origin === 'dialog' || (await this.isChosen(target))) return target;
    throw new FileAccessError(
      'not-allowed',
      'path: only a file chosen in the open or save dialog, or listed in recent projects, can be used',
    );
  }
}
