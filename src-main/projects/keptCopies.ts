/**
 * The web mode's recent projects. The web mode never takes a path from the page, so its recent list
 * cannot hold the user's files: it holds copies of the projects the user uploaded or downloaded,
 * kept in the data folder under names main chooses (`recent-copies/<id>.json`, listed in
 * `recent-copies/index.json`). The page names a copy only by the random id main gave it.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { KeptCopyIdSchema, ProjectFileNameSchema } from '@shared/api/schemas/projects';
import { FileAccessError } from '@shared/errors';
import { serializeProject } from '@shared/project/parseProjectText';
import type { Project } from '@shared/project/schema';
import { writeFileAtomic } from '../files/atomicWrite';
import type { FileSystem } from '../files/fileSystem';
import type { Logger } from '../runtime/logger';
import { JsonDataFile } from './jsonDataFile';
import { readProjectFile } from './readProjectFile';
import { MAX_RECENT_PROJECTS } from './recentProjects';

/** One kept copy: the id main chose, the name of the file the user had, the project's name. */
export interface KeptCopy {
  id: string;
  fileName: string;
  name: string;
  /** ISO time of the last upload, download or reopening. */
  keptAt: string;
}

const IndexSchema = z.strictObject({
  version: z.literal(1),
  copies: z
    .array(
      z.strictObject({ id: KeptCopyIdSchema, fileName: ProjectFileNameSchema, name: z.string(), keptAt: z.string() }),
    )
    .max(100),
});

const GONE = 'that recent project is no longer kept here; upload the file again';

/** Copies of the projects the web mode's user worked with, most recent first, at most 10. */
export class KeptCopies {
  /** The copies' folder in the data folder. */
  readonly folder: string;
  private readonly index: JsonDataFile<typeof IndexSchema>;
  /** Index updates run one at a time (two tabs may keep a copy at once). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly fs: FileSystem,
    dataFolder: string,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {
    this.folder = join(dataFolder, 'recent-copies');
    this.index = new JsonDataFile(fs, this.folder, 'index.json', IndexSchema, now);
  }

  /** The copies whose file is still there, most recent first. */
  async list(): Promise<KeptCopy[]> {
    const copies = await this.entries();
    const present = await Promise.all(
      copies.map((c) =>
        this.fs.stat(this.pathOf(c.id)).then(
          (s) => s.isFile,
          () => false,
        ),
      ),
    );
    return copies.filter((_, i) => present[i]);
  }

  /**
   * Keeps a copy of `project` as the file called `fileName` (the same file name again replaces its
   * copy) and moves it to the top; the copies that drop off the list are removed.
   */
  keep(fileName: string, project: Project): Promise<void> {
    return this.serially(async () => {
      const copies = await this.entries();
      const id = copies.find((c) => c.fileName === fileName)?.id ?? randomBytes(16).toString('hex');
      await this.fs.mkdir(this.folder);
      await writeFileAtomic(this.fs, this.pathOf(id), serializeProject(project));
      await this.save([{ id, fileName, name: project.name, keptAt: this.now().toISOString() }, ...copies]);
    });
  }

  /** The kept project with this id (and moves it to the top); FileAccessError 'missing' when gone. */
  open(id: string): Promise<{ fileName: string; project: Project }> {
    return this.serially(async () => {
      const copies = await this.entries();
      const copy = copies.find((c) => c.id === id);
      if (!copy) throw new FileAccessError('missing', GONE);
      const project = await readProjectFile(this.pathOf(id), this.fs).catch((error: unknown) => {
        throw error instanceof FileAccessError && error.problem === 'missing'
          ? new FileAccessError('missing', GONE)
          : error;
      });
      await this.save([{ ...copy, name: project.name, keptAt: this.now().toISOString() }, ...copies]);
      return { fileName: copy.fileName, project };
    });
  }

  private async entries(): Promise<KeptCopy[]> {
    const loaded = await this.index.load();
    if (loaded.warning) this.logger.warn(`recent projects: ${loaded.warning}`);
    return loaded.value?.copies ?? [];
  }

  /** Writes the index with the first entry of each id, at most 10, and removes the copies left out. */
  private async save(copies: KeptCopy[]): Promise<void> {
    const seen = new Set<string>();
    const unique = copies.filter((c) => !seen.has(c.id) && seen.add(c.id));
    const kept = unique.slice(0, MAX_RECENT_PROJECTS);
    await this.index.save({ version: 1, copies: kept });
    for (const dropped of unique.slice(MAX_RECENT_PROJECTS))
      await this.fs.unlink(this.pathOf(dropped.id)).catch(() => undefined);
  }

  private pathOf(id: string): string {
    return join(this.folder, `${id}.json`);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
