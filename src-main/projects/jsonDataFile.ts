/**
 * A small JSON file in the data folder (recent projects, autosave), written atomically and validated
 * on load. A file that cannot be used is moved aside (never deleted: it may hold someone's work)
 * and reported as a warning, so a corrupt file never stops the app.
 */
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { describeJsonError } from '@shared/project/parseProjectText';
import { parseWith } from '@shared/validation';
import { writeFileAtomic } from '../files/atomicWrite';
import type { FileSystem } from '../files/fileSystem';

export type LoadResult<T> = { value: T | null; warning?: string };

export class JsonDataFile<S extends z.ZodType> {
  readonly path: string;

  constructor(
    private readonly fs: FileSystem,
    private readonly folder: string,
    fileName: string,
    private readonly schema: S,
    private readonly now: () => Date,
  ) {
    this.path = join(folder, fileName);
  }

  /** The validated content; null when there is none; null and a warning when it is unusable. */
  async load(): Promise<LoadResult<z.output<S>>> {
    let text: string;
    try {
      text = await this.fs.readFile(this.path);
    } catch (error) {
      if (isMissing(error)) return { value: null };
      return { value: null, warning: `cannot read ${basename(this.path)}: ${String(error)}` };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { value: null, warning: await this.setAside(describeJsonError(text, error)) };
    }
    const parsed = parseWith(this.schema, data);
    if (!parsed.ok) return { value: null, warning: await this.setAside(parsed.message) };
    return { value: parsed.value };
  }

  async save(value: z.output<S>): Promise<void> {
    await this.fs.mkdir(this.folder);
    await writeFileAtomic(this.fs, this.path, `${JSON.stringify(value, null, 2)}\n`);
  }

  /** Removes the file; a file already gone is fine. */
  async remove(): Promise<void> {
    await this.fs.unlink(this.path).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
  }

  private async setAside(problem: string): Promise<string> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const aside = this.path.replace(/\.json$/, `.unreadable-${stamp}.json`);
    try {
      await this.fs.rename(this.path, aside);
      return `${basename(this.path)} was unreadable (${problem}); it was set aside as ${basename(aside)}`;
    } catch {
      return `${basename(this.path)} is unreadable (${problem})`;
    }
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
