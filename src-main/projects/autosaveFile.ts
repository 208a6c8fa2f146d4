/**
 * The autosave (autosave.json in the data folder): the unsaved project and where it belongs, written
 * atomically as the user edits and cleared on save or discard. If it is still there at the next
 * start, the previous session ended without saving (a crash, a killed process), and the UI offers
 * to recover it. A corrupt autosave is set aside with a warning, never trusted and never deleted.
 */
import { unlinkSync } from 'node:fs';
import { z } from 'zod';
import { AutosaveSchema, type Autosave } from '@shared/api/schemas/projects';
import type { Project } from '@shared/project/schema';
import type { Logger } from '../app/logger';
import { writeError } from './fileErrors';
import type { FileSystem } from '../app/fileSystem';
import { JsonDataFile } from './jsonDataFile';

const AutosaveFileSchema = z.strictObject({ version: z.literal(1), ...AutosaveSchema.shape });

export class AutosaveFile {
  private readonly file: JsonDataFile<typeof AutosaveFileSchema>;

  constructor(
    fs: FileSystem,
    dataFolder: string,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {
    this.file = new JsonDataFile(fs, dataFolder, 'autosave.json', AutosaveFileSchema, now);
  }

  async write(project: Project, filePath: string | null): Promise<void> {
    try {
      await this.file.save({ version: 1, project, filePath, savedAt: this.now().toISOString() });
    } catch (error) {
      throw writeError(this.file.path, error);
    }
  }

  /** The autosave, if one exists and is valid; a warning when one existed but was unusable. */
  async read(): Promise<{ autosave: Autosave | null; warning?: string }> {
    const loaded = await this.file.load();
    if (loaded.warning) {
      this.logger.warn(`autosave: ${loaded.warning}`);
      return { autosave: null, warning: loaded.warning };
    }
    if (!loaded.value) return { autosave: null };
    const { project, filePath, savedAt } = loaded.value;
    return { autosave: { project, filePath, savedAt } };
  }

  async clear(): Promise<void> {
    await this.file.remove();
  }

  /**
   * Synchronous clear, for the desktop window's close handler, which must finish before the process
   * exits (an async removal could be cut short by the quit).
   */
  clearSync(): void {
    try {
      unlinkSync(this.file.path);
    } catch (error) {
      // Already gone is fine; otherwise the next start offers it again, which loses nothing.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        this.logger.warn(`autosave: cannot clear: ${String(error)}`);
    }
  }
}
