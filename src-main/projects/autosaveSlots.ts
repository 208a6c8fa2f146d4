/**
 * Autosave, one slot per UI session (a browser tab, the desktop window): the unsaved project and
 * where it belongs, in `autosave/<slot>.json` in the data folder, under a name main derives from the
 * session (never a path from the page). Beside each slot a lease (`<slot>.lease`) says which process
 * holds it and when it last confirmed the session alive. Recovery offers only a slot whose session
 * has ended (its lease is gone, stale, or held by a process that no longer runs), and moves it into
 * the asking session's slot with one rename, so two tabs can never both take the same work, and a
 * running tab's work is never offered to another. A corrupt slot is set aside, never deleted.
 */
import { createHash } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AutosaveSchema, type Autosave } from '@shared/api/schemas/projects';
import type { Project } from '@shared/project/schema';
import type { Logger } from '../runtime/logger';
import type { FileSystem } from '../files/fileSystem';
import type { SessionRegistry } from '../runtime/sessions';
import { processIsAlive } from '../files/staleTemporaryFiles';
import { writeFileAtomic } from '../files/atomicWrite';
import { writeError } from './fileErrors';
import { JsonDataFile } from './jsonDataFile';

/** A lease not confirmed for this long is taken as the end of its session. */
export const LEASE_TTL_MS = 30_000;
/** How often a running process confirms its live sessions' leases. */
export const HEARTBEAT_MS = 10_000;

const SlotFileSchema = z.strictObject({ version: z.literal(1), ...AutosaveSchema.shape });
const LeaseSchema = z.strictObject({
  version: z.literal(1),
  pid: z.number().int().positive(),
  process: z.string().max(64),
  heartbeatAt: z.number(),
});
type Lease = z.infer<typeof LeaseSchema>;

export type AutosaveRead = { autosave: Autosave | null; warning?: string };

export interface AutosaveSlotsOptions {
  fs: FileSystem;
  dataFolder: string;
  now: () => Date;
  logger: Logger;
  sessions: SessionRegistry;
  isAlive?: (pid: number) => boolean;
}

export class AutosaveSlots {
  /** The slots' folder in the data folder. */
  readonly folder: string;
  /** Sessions of this process that hold a lease, by slot id. */
  private readonly held = new Map<string, string>();
  private readonly fs: FileSystem;

  constructor(private readonly options: AutosaveSlotsOptions) {
    this.fs = options.fs;
    this.folder = join(options.dataFolder, 'autosave');
    options.sessions.onEnded((session) => void this.release(this.slotOf(session)));
  }

  /** The slot's id: a hash of this process's nonce and the session, so no input ever names a file. */
  slotOf(session: string): string {
    return createHash('sha256').update(`${this.options.sessions.processNonce}:${session}`).digest('hex').slice(0, 32);
  }

  /** The slot file of a session (for tests and the close handler). */
  pathOf(session: string): string {
    return join(this.folder, `${this.slotOf(session)}.json`);
  }

  async write(session: string, project: Project, filePath: string | null): Promise<void> {
    const slot = this.slotOf(session);
    const file = this.slotFile(slot);
    try {
      await this.hold(slot, session);
      await file.save({ version: 1, project, filePath, savedAt: this.options.now().toISOString() });
    } catch (error) {
      throw writeError(file.path, error);
    }
  }

  /**
   * The work to offer this session for recovery: its own slot if a previous page of the same session
   * left one (a reloaded desktop window), else the newest slot of a session that has ended, moved
   * into this session's slot. A warning when one existed but was unusable (it was set aside).
   */
  async claimRecovery(session: string): Promise<AutosaveRead> {
    const own = this.slotOf(session);
    const mine = await this.slotFile(own).load();
    if (mine.value || mine.warning) return this.result(mine.value, mine.warning);
    const warnings: string[] = [];
    const candidates: Array<{ path: string; slot: string | null; autosave: z.infer<typeof SlotFileSchema> }> = [];
    for (const candidate of await this.orphans()) {
      const file = new JsonDataFile(this.fs, candidate.folder, candidate.name, SlotFileSchema, this.options.now);
      const loaded = await file.load();
      if (loaded.warning) warnings.push(loaded.warning);
      if (loaded.value) candidates.push({ path: file.path, slot: candidate.slot, autosave: loaded.value });
    }
    candidates.sort((a, b) => b.autosave.savedAt.localeCompare(a.autosave.savedAt));
    for (const candidate of candidates) {
      await this.hold(own, session);
      // One rename: if another session took it first, this one fails and the next is tried.
      const taken = await this.fs.rename(candidate.path, join(this.folder, `${own}.json`)).then(
        () => true,
        () => false,
      );
      if (!taken) continue;
      if (candidate.slot) await this.removeLease(candidate.slot);
      return this.result(candidate.autosave, warnings[0]);
    }
    return this.result(null, warnings[0]);
  }

  /** Forgets the session's autosave (after a save or a discard). */
  async clear(session: string): Promise<void> {
    await this.slotFile(this.slotOf(session)).remove();
  }

  /**
   * Synchronous clear of every slot this process holds, for the desktop window's close handler,
   * which must finish before the process exits (an async removal could be cut short by the quit).
   */
  clearSync(): void {
    for (const slot of this.held.keys()) {
      for (const path of [join(this.folder, `${slot}.json`), this.leasePath(slot)]) {
        try {
          unlinkSync(path);
        } catch (error) {
          // Already gone is fine; otherwise the next start offers it again, which loses nothing.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
            this.options.logger.warn(`autosave: cannot clear: ${String(error)}`);
        }
      }
    }
  }

  /** Confirms the leases of live sessions and gives up those of ended ones (the heartbeat). */
  async refreshLeases(): Promise<void> {
    for (const [slot, session] of [...this.held]) {
      if (this.options.sessions.isAlive(session)) await this.writeLease(slot).catch(() => undefined);
      else await this.release(slot);
    }
  }

  /** Runs the heartbeat until the returned function is called (it never keeps the process alive). */
  startHeartbeat(intervalMs = HEARTBEAT_MS): () => void {
    const timer = setInterval(() => void this.refreshLeases(), intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  private result(value: z.infer<typeof SlotFileSchema> | null, warning: string | undefined): AutosaveRead {
    if (warning) this.options.logger.warn(`autosave: ${warning}`);
    const autosave = value ? { project: value.project, filePath: value.filePath, savedAt: value.savedAt } : null;
    return warning === undefined ? { autosave } : { autosave, warning };
  }

  private slotFile(slot: string): JsonDataFile<typeof SlotFileSchema> {
    return new JsonDataFile(this.fs, this.folder, `${slot}.json`, SlotFileSchema, this.options.now);
  }

  private leasePath(slot: string): string {
    return join(this.folder, `${slot}.lease`);
  }

  /** Takes the session's lease (before its slot is written, so the slot is never seen unheld). */
  private async hold(slot: string, session: string): Promise<void> {
    if (this.held.get(slot) === session) return;
    this.held.set(slot, session);
    await this.writeLease(slot);
  }

  private async writeLease(slot: string): Promise<void> {
    const lease: Lease = {
      version: 1,
      pid: process.pid,
      process: this.options.sessions.processNonce,
      heartbeatAt: this.options.now().getTime(),
    };
    await this.fs.mkdir(this.folder);
    await writeFileAtomic(this.fs, this.leasePath(slot), JSON.stringify(lease));
  }

  /** The session ended: its slot, if any, is left for recovery by another session. */
  private async release(slot: string): Promise<void> {
    if (!this.held.delete(slot)) return;
    await this.removeLease(slot);
  }

  private async removeLease(slot: string): Promise<void> {
    await this.fs.unlink(this.leasePath(slot)).catch(() => undefined);
  }

  /** Slots (and the single autosave.json of earlier versions) whose session is no longer running. */
  private async orphans(): Promise<Array<{ folder: string; name: string; slot: string | null }>> {
    const found: Array<{ folder: string; name: string; slot: string | null }> = [];
    const names = await this.fs.list(this.folder).catch(() => [] as string[]);
    for (const name of names) {
      const match = /^([0-9a-f]{32})\.json$/.exec(name);
      if (match && !(await this.leaseIsLive(match[1]!))) found.push({ folder: this.folder, name, slot: match[1]! });
    }
    const legacy = await this.fs.stat(join(this.options.dataFolder, 'autosave.json')).catch(() => null);
    if (legacy?.isFile) found.push({ folder: this.options.dataFolder, name: 'autosave.json', slot: null });
    return found;
  }

  private async leaseIsLive(slot: string): Promise<boolean> {
    const session = this.held.get(slot);
    if (session !== undefined) return this.options.sessions.isAlive(session);
    let lease: Lease;
    try {
      lease = LeaseSchema.parse(JSON.parse(await this.fs.readFile(this.leasePath(slot))));
    } catch {
      return false; // no lease, or an unreadable one: nobody holds the slot
    }
    // A lease of this process that it no longer holds, or of an earlier process with the same pid, has ended.
    if (lease.process === this.options.sessions.processNonce || lease.pid === process.pid) return false;
    const isAlive = this.options.isAlive ?? processIsAlive;
    return isAlive(lease.pid) && this.options.now().getTime() - lease.heartbeatAt < LEASE_TTL_MS;
  }
}
