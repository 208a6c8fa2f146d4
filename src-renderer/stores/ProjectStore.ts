/**
 * The open project: the workload and designs being edited, whether they are saved, and where.
 * Every edit goes through `edit`, so the dirty flag, autosave and undo never miss a change; stores
 * that derive from the project (estimates, comparison, charts) read `current` in computed values.
 */
import { makeAutoObservable, observableRef, toJS } from 'mobx';
import { newProject } from '@shared/project/defaults';
import type { Design, Project } from '@shared/project/schema';

/** Keystrokes in one field within this time are one undo step (typing "250" is one edit, not three). */
const COALESCE_MS = 1500;
/** Undo steps kept; older ones are dropped. */
const MAX_UNDO = 200;

/** What `edit` may be told about a change. */
export interface EditOptions {
  /** Edits with the same key in quick succession (typing in one field) are undone together. */
  coalesce?: string;
  /** Says what the edit did, for the Undo button's title ("Remove “API”"). */
  label?: string;
}

interface UndoStep {
  project: Project;
  label: string;
}

export class ProjectStore {
  /** The project being edited. */
  current: Project = newProject();
  /** Where the project was last opened from or saved to; null for a new project. */
  filePath: string | null = null;
  /** True when there are changes since the last open or save. */
  dirty = false;
  /** Increases on every edit; autosave and tests use it to tell edits apart. */
  revision = 0;
  /** The project before each edit, most recent last; the label says what the edit did. */
  private undoStack: UndoStep[] = [];
  private redoStack: UndoStep[] = [];
  private lastCoalesce: { key: string; at: number } | null = null;

  constructor(private readonly now: () => number = () => Date.now()) {
    // The stacks hold plain snapshots, replaced (never mutated) on each change: only the arrays are observed.
    makeAutoObservable<ProjectStore, 'now' | 'lastCoalesce' | 'undoStack' | 'redoStack'>(this, {
      now: false,
      lastCoalesce: false,
      undoStack: observableRef,
      redoStack: observableRef,
    });
  }

  /** Applies a change to the project (MobX records it as one action), marks it unsaved, and keeps an undo step. */
  edit(change: (project: Project) => void, options: EditOptions = {}): void {
    const at = this.now();
    const last = this.lastCoalesce;
    const joins = options.coalesce !== undefined && last?.key === options.coalesce && at - last.at < COALESCE_MS;
    if (!joins) {
      const step = { project: toJS(this.current), label: options.label ?? 'the last edit' };
      this.undoStack = [...this.undoStack.slice(-(MAX_UNDO - 1)), step];
    }
    this.lastCoalesce = options.coalesce === undefined ? null : { key: options.coalesce, at };
    this.redoStack = [];
    change(this.current);
    this.dirty = true;
    this.revision++;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** What Undo would undo, in words ("Remove “API”"); null when nothing. */
  get undoLabel(): string | null {
    return this.undoStack[this.undoStack.length - 1]?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.redoStack[this.redoStack.length - 1]?.label ?? null;
  }

  /** Puts the project back as it was before the last edit. True when there was one. */
  undo(): boolean {
    return this.travel('undoStack', 'redoStack');
  }

  /** Does the last undone edit again. True when there was one. */
  redo(): boolean {
    return this.travel('redoStack', 'undoStack');
  }

  /** Restores the last step of one stack, keeping the project as it is now on the other. */
  private travel(from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack'): boolean {
    const step = this[from][this[from].length - 1];
    if (!step) return false;
    this[from] = this[from].slice(0, -1);
    this[to] = [...this[to], { project: toJS(this.current), label: step.label }];
    this.restore(step.project);
    return true;
  }

  /** Replaces the whole project (new, open, recovery), as saved unless said otherwise; undo starts afresh. */
  replace(project: Project, filePath: string | null, dirty = false): void {
    this.current = project;
    this.filePath = filePath;
    this.dirty = dirty;
    this.revision++;
    this.undoStack = [];
    this.redoStack = [];
    this.lastCoalesce = null;
  }

  /**
   * Records a save to `filePath`. `savedRevision` is the revision that was written: an edit made
   * while the save was in flight keeps the project dirty, so it is not lost.
   */
  markSaved(filePath: string, savedRevision = this.revision): void {
    this.filePath = filePath;
    this.dirty = this.revision !== savedRevision;
  }

  /**
   * Makes the project equal to a snapshot in place. A design that is still there keeps its object
   * (matched by name, else by position), so its identity (colour, selection, per-design caches)
   * survives undo and redo; only what changed is replaced.
   */
  private restore(snapshot: Project): void {
    this.lastCoalesce = null;
    const existing = this.current.designs;
    const byName = new Map(existing.map((d) => [d.name, d]));
    const used = new Set<Design>();
    const matched = snapshot.designs.map((d) => {
      const same = byName.get(d.name);
      if (same && !used.has(same)) {
        used.add(same);
        return same;
      }
      return undefined;
    });
    const designs = snapshot.designs.map((d, i) => {
      let target = matched[i];
      if (!target) {
        const atIndex = existing[i];
        target = atIndex && !used.has(atIndex) && !matched.includes(atIndex) ? atIndex : undefined;
      }
      if (!target) return d;
      used.add(target);
      assignChanged(target as unknown as Record<string, unknown>, d as unknown as Record<string, unknown>);
      return target;
    });
    const { designs: _designs, ...rest } = snapshot;
    assignChanged(this.current as unknown as Record<string, unknown>, rest as Record<string, unknown>, ['designs']);
    if (designs.length !== existing.length || designs.some((d, i) => d !== existing[i])) this.current.designs = designs;
    this.dirty = true;
    this.revision++;
  }
}

/**
 * Sets on `target` each top-level property of `source` whose JSON differs, and deletes those
 * `source` lacks (except `keep`): unchanged parts keep their objects, so what derives from them
 * (the domain's per-traffic cache, per-design estimates) is not recomputed.
 */
function assignChanged(target: Record<string, unknown>, source: Record<string, unknown>, keep: string[] = []): void {
  for (const key of Object.keys(target)) if (!(key in source) && !keep.includes(key)) delete target[key];
  for (const [key, value] of Object.entries(source))
    if (JSON.stringify(toJS(target[key])) !== JSON.stringify(value)) target[key] = value;
}
