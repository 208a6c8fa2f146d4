/**
 * The few file operations the services need to read and write their files, as an interface so tests
 * can inject a file system that fails halfway through a write (a full disk, a yanked drive) without
 * mocking Node.
 */
import { promises as fs } from 'node:fs';

/** An open file: enough to write, flush to disk, and close. */
export interface WritableFile {
  write(data: string | Uint8Array): Promise<unknown>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** What the services need to know of a path (links followed). */
export interface FileInfo {
  size: number;
  isFile: boolean;
  /** Permission bits (e.g. 0o600). */
  mode: number;
  mtimeMs: number;
}

export interface FileSystem {
  /**
   * Creates a new file (fails if it exists), for a temporary file no one else can be writing, with
   * exactly these permission bits (set after creation, so the process's umask cannot widen or
   * narrow them).
   */
  createExclusive(path: string, mode?: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<string>;
  stat(path: string): Promise<FileInfo>;
  /** The names in a folder. */
  list(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  /** Flushes a folder's entry list, so a rename survives a power cut (best effort: not on Windows). */
  syncFolder(path: string): Promise<void>;
}

/** The real file system. */
export const nodeFileSystem: FileSystem = {
  async createExclusive(path, mode) {
    const handle = await fs.open(path, 'wx', mode ?? 0o600);
    try {
      if (mode !== undefined && process.platform !== 'win32') await handle.chmod(mode);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return {
      write: (data) => (typeof data === 'string' ? handle.writeFile(data, 'utf8') : handle.writeFile(data)),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
  readFile: (path) => fs.readFile(path, 'utf8'),
  async stat(path) {
    const s = await fs.stat(path);
    return { size: s.size, isFile: s.isFile(), mode: s.mode & 0o7777, mtimeMs: s.mtimeMs };
  },
  list: (path) => fs.readdir(path),
  async mkdir(path) {
    await fs.mkdir(path, { recursive: true, mode: 0o700 });
  },
  async syncFolder(path) {
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(path, 'r');
      await handle.sync();
    } catch {
      // Windows cannot open a folder for syncing; the rename itself is still atomic there.
    } finally {
      await handle?.close();
    }
  },
};
