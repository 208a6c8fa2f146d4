/**
 * Autosave: a copy of the unsaved project in the data folder, written a moment after the last edit
 * (so typing does not write on every key), and the offer to recover one left by a session that did
 * not end cleanly. While that offer is open nothing is autosaved, so the work it holds cannot be
 * overwritten by edits made before the user answers.
 */
import { makeAutoObservable, reaction, runInAction, toJS, type IReactionDisposer } from 'mobx';
import type { InferCalcApi } from '@shared/api/client';
import type { Autosave } from '@shared/api/schemas/projects';
import { ProjectSchema } from '@shared/project/schema';
import type { ProjectStore } from '../ProjectStore';

export const AUTOSAVE_DELAY_MS = 2000;

/** Timers, injectable so tests can use fake ones. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class AutosaveStore {
  /** An autosave from an earlier session, waiting for the user to restore or discard it. */
  recovery: Autosave | null = null;
  /** A problem to show: an unusable autosave that was set aside, or a failed write. */
  warning: string | null = null;
  /** The revision of the project that the autosave on disk holds (null: none written yet). */
  writtenRevision: number | null = null;
  private timer: unknown = null;
  /** Writes and clears run one after another, so a late write can never undo a clear. */
  private queue: Promise<void> = Promise.resolve();
  private dispose: IReactionDisposer | null = null;

  constructor(
    private readonly api: InferCalcApi,
    private readonly project: ProjectStore,
    private readonly timers: Timers = globalTimers,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {
    makeAutoObservable<AutosaveStore, 'api' | 'project' | 'timers' | 'timer' | 'queue' | 'dispose'>(this, {
      api: false,
      project: false,
      timers: false,
      timer: false,
      queue: false,
      dispose: false,
    });
  }

  /** True when every edit has reached the autosave (or there is nothing unsaved). */
  get upToDate(): boolean {
    return !this.project.dirty || this.writtenRevision === this.project.revision;
  }

  /** Looks for an autosave to recover, then autosaves every edit from now on. */
  async start(): Promise<void> {
    const read = await this.api.autosaveRead({});
    runInAction(() => {
      if (!read.ok) this.warning = `Could not check for autosaved work: ${read.error.message}`;
      else {
        this.recovery = read.result.autosave;
        if (read.result.warning) this.warning = `Autosaved work could not be used: ${read.result.warning}`;
      }
    });
    this.dispose ??= reaction(
      () => this.project.revision,
      () => this.schedule(),
    );
  }

  stop(): void {
    this.dispose?.();
    this.dispose = null;
    this.cancelTimer();
  }

  /** Puts the recovered project back, still unsaved (it is not in its file yet). */
  restore(): void {
    const recovery = this.recovery;
    if (!recovery) return;
    this.recovery = null;
    this.project.replace(recovery.project, recovery.filePath, true);
    // The autosave on disk already holds exactly this.
    this.writtenRevision = this.project.revision;
  }

  /** Declines the recovery offer: the autosave is removed. */
  discardRecovery(): Promise<void> {
    this.recovery = null;
    const done = this.clear();
    this.schedule();
    return done;
  }

  /** Forgets the autosave (after a save, or when the unsaved project is discarded). */
  clear(): Promise<void> {
    this.cancelTimer();
    this.writtenRevision = null;
    return this.enqueue(async () => {
      const reply = await this.api.autosaveClear({});
      if (!reply.ok) this.report(`Could not remove the autosave: ${reply.error.message}`);
    });
  }

  /** Writes the autosave now (the timer calls this; tests may too). */
  flush(): Promise<void> {
    this.cancelTimer();
    if (this.recovery || !this.project.dirty) return this.queue;
    const snapshot = toJS(this.project.current);
    const revision = this.project.revision;
    // Mid-edit states can be invalid (an emptied name); the last valid copy stays on disk meanwhile.
    if (!ProjectSchema.safeParse(snapshot).success) return this.queue;
    const filePath = this.project.filePath;
    return this.enqueue(async () => {
      const reply = await this.api.autosaveWrite({ project: snapshot, filePath });
      runInAction(() => {
        if (reply.ok) {
          this.writtenRevision = revision;
          this.warning = null;
        } else this.warning = `Autosave failed: ${reply.error.message}`;
      });
    });
  }

  dismissWarning(): void {
    this.warning = null;
  }

  private schedule(): void {
    this.cancelTimer();
    if (this.recovery || !this.project.dirty) return;
    this.timer = this.timers.setTimeout(() => void this.flush(), this.delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task, task);
    return this.queue;
  }

  private report(message: string): void {
    runInAction(() => {
      this.warning = message;
    });
  }
}
