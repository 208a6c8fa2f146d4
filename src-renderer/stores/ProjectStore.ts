/**
 * The open project: the workload and designs being edited, whether they are saved, and where.
 * Every edit goes through `edit`, so the dirty flag and autosave never miss a change; stores that
 * derive from the project (estimates, comparison, charts) read `project` in computed values.
 */
import { makeAutoObservable } from 'mobx';
import { newProject } from '@shared/project/defaults';
import type { Project } from '@shared/project/schema';

export class ProjectStore {
  project: Project = newProject();
  /** Where the project was last opened from or saved to; null for a new project. */
  filePath: string | null = null;
  /** True when there are changes since the last open or save. */
  dirty = false;
  /** Increases on every edit; autosave and tests use it to tell edits apart. */
  revision = 0;

  constructor() {
    makeAutoObservable(this);
  }

  /** Applies a change to the project (MobX records it as one action) and marks it unsaved. */
  edit(change: (project: Project) => void): void {
    change(this.project);
    this.dirty = true;
    this.revision++;
  }

  /** Replaces the whole project (new, open, recovery), as saved unless said otherwise. */
  replace(project: Project, filePath: string | null, dirty = false): void {
    this.project = project;
    this.filePath = filePath;
    this.dirty = dirty;
    this.revision++;
  }

  /**
   * Records a save to `filePath`. `savedRevision` is the revision that was written: an edit made
   * while the save was in flight keeps the project dirty, so it is not lost.
   */
  markSaved(filePath: string, savedRevision = this.revision): void {
    this.filePath = filePath;
    this.dirty = this.revision !== savedRevision;
  }
}
