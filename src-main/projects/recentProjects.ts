/** The recent projects list (recent-projects.json in the data folder): most recent first, at most 10. */
import { z } from 'zod';
import { RecentProjectSchema, type RecentProject } from '@shared/api/schemas/projects';
import type { Logger } from '../runtime/logger';
import type { FileSystem } from '../files/fileSystem';
import { JsonDataFile } from './jsonDataFile';

export const MAX_RECENT_PROJECTS = 10;

const RecentFileSchema = z.strictObject({
  version: z.literal(1),
  projects: z.array(RecentProjectSchema).max(100),
});

export class RecentProjects {
  private readonly file: JsonDataFile<typeof RecentFileSchema>;

  constructor(
    private readonly fs: FileSystem,
    dataFolder: string,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {
    this.file = new JsonDataFile(fs, dataFolder, 'recent-projects.json', RecentFileSchema, now);
  }

  /** Every entry as stored (files that are gone included), most recent first. */
  async entries(): Promise<RecentProject[]> {
    const loaded = await this.file.load();
    if (loaded.warning) this.logger.warn(`recent projects: ${loaded.warning}`);
    return (loaded.value?.projects ?? []).slice(0, MAX_RECENT_PROJECTS);
  }

  /** The entries whose files still exist (a moved or deleted file is left out, not an error). */
  async list(): Promise<RecentProject[]> {
    const entries = await this.entries();
    const present = await Promise.all(
      entries.map((entry) =>
        this.fs.stat(entry.path).then(
          (s) => s.isFile,
          () => false,
        ),
      ),
    );
    return entries.filter((_, i) => present[i]);
  }

  async includes(path: string): Promise<boolean> {
    return (await this.entries()).some((entry) => entry.path === path);
  }

  /** Moves `path` to the top (adding it if new) and keeps the 10 most recent. */
  async add(path: string, name: string): Promise<void> {
    const others = (await this.entries()).filter((entry) => entry.path !== path);
    const projects = [{ path, name, openedAt: this.now().toISOString() }, ...others].slice(0, MAX_RECENT_PROJECTS);
    await this.file.save({ version: 1, projects });
  }
}
