/**
 * The project file service: open and save project files, the recent projects list, the autosave,
 * and whether there are unsaved changes. It takes the data folder, a clock and a logger (and,
 * for tests, a file system) through its constructor, and knows nothing of Electron or dialogs.
 *
 * Which files it may touch: a page that calls the API can only open or save a file that the user
 * chose in a native dialog this session, that is in the recent list, or that the autosave names.
 * So a script injected into the page cannot read or overwrite arbitrary files by path.
 */
import { isAbsolute, resolve } from 'node:path';
import { ApiError } from '@shared/api/envelope';
import { serializeProject } from '@shared/project/parseProjectText';
import type { Project } from '@shared/project/schema';
import type { Logger } from '../app/logger';
import { writeFileAtomic } from '../app/atomicWrite';
import { AutosaveFile } from './autosaveFile';
import type { UnsavedState } from './closeGuard';
import { writeError } from './fileErrors';
import { nodeFileSystem, type FileSystem } from '../app/fileSystem';
import { readProjectFile } from './readProjectFile';
import { RecentProjects } from './recentProjects';

export interface ProjectFilesOptions {
  dataFolder: string;
  now: () => Date;
  logger: Logger;
  fs?: FileSystem;
}

/** How a path reached the service: chosen by the user in a native dialog, or sent by the page. */
export type PathOrigin = 'dialog' | 'page';

export class ProjectFiles {
  readonly recent: RecentProjects;
  readonly autosave: AutosaveFile;
  /** What the renderer last reported, for the close question. */
  unsaved: UnsavedState = { dirty: false, name: '' };
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private readonly logger: Logger;
  /** Paths the user chose in a dialog (or that the autosave names) during this session. */
  private readonly granted = new Set<string>();

  constructor(options: ProjectFilesOptions) {
    this.fs = options.fs ?? nodeFileSystem;
    this.now = options.now;
    this.logger = options.logger;
    this.recent = new RecentProjects(this.fs, options.dataFolder, options.now, options.logger);
    this.autosave = new AutosaveFile(this.fs, options.dataFolder, options.now, options.logger);
  }

  /** Reads and validates a project; adds it to the recent list. Nothing changes when it is bad. */
  async open(path: string, origin: PathOrigin): Promise<Project> {
    const target = await this.checkPath(path, origin);
    const project = await readProjectFile(target, this.fs);
    this.granted.add(target);
    await this.remember(target, project.name);
    return project;
  }

  /** Writes the project atomically; adds it to the recent list. Returns the ISO time of the save. */
  async save(path: string, project: Project, origin: PathOrigin): Promise<string> {
    const target = await this.checkPath(path, origin);
    try {
      await writeFileAtomic(this.fs, target, serializeProject(project));
    } catch (error) {
      throw writeError(target, error);
    }
    this.granted.add(target);
    await this.remember(target, project.name);
    return this.now().toISOString();
  }

  /** Lets the page save back to the file an autosave belongs to after a recovery. */
  grantAutosavePath(path: string | null): void {
    if (path && isAbsolute(path)) this.granted.add(resolve(path));
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
    if (!isAbsolute(path)) throw new ApiError('bad-request', `path: expected an absolute file path, got "${path}"`);
    const target = resolve(path);
    if (origin === 'dialog' || this.granted.has(target) || (await this.recent.includes(target))) return target;
    throw new ApiError(
      'forbidden',
      'path: only a file chosen in the open or save dialog, or listed in recent projects, can be used',
    );
  }
}
