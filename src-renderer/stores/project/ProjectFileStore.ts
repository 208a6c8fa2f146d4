/**
 * The file actions on the open project: New, Open (native dialog, a recent project, or an upload in
 * web mode), Save and Save As (native dialog, or a download in web mode), each asking before it
 * throws away unsaved changes. A bad file leaves the open project exactly as it was and says what is
 * wrong; the same shared parser and messages serve the desktop app and the browser upload.
 */
import { makeAutoObservable, reaction, runInAction, toJS, type IReactionDisposer } from 'mobx';
import type { InferCalcApi } from '@shared/api/client';
import type { RecentProject } from '@shared/api/schemas/projects';
import { newProject } from '@shared/project/defaults';
import { parseProjectText, projectFileName, serializeProject } from '@shared/project/parseProjectText';
import { ProjectSchema, type Project } from '@shared/project/schema';
import { parseWith } from '@shared/validation';
import type { ProjectStore } from '../ProjectStore';
import type { AutosaveStore } from './AutosaveStore';
import type { BrowserFiles } from './browserFiles';
import { DiscardConfirmation } from './DiscardConfirmation';

export interface ProjectFileDeps {
  /** True in web mode: no native dialogs, so upload and download instead. */
  isWeb(): boolean;
  browser: BrowserFiles;
  /** A new project was started (the wizard goes back to its first step). */
  onNew?: () => void;
}

export class ProjectFileStore {
  /** What went wrong with the last action, for an alert; the project is unchanged when set. */
  error: string | null = null;
  /** What the last action did, for a polite status message. */
  status: string | null = null;
  recent: RecentProject[] = [];
  busy = false;
  readonly confirmation = new DiscardConfirmation();
  /** Opens the browser's file picker; the toolbar registers it (it owns the file input). */
  private uploadPicker: (() => void) | null = null;
  private dispose: IReactionDisposer | null = null;

  constructor(
    private readonly api: InferCalcApi,
    private readonly project: ProjectStore,
    private readonly autosave: AutosaveStore,
    private readonly deps: ProjectFileDeps,
  ) {
    makeAutoObservable<ProjectFileStore, 'api' | 'project' | 'autosave' | 'deps' | 'uploadPicker' | 'dispose'>(this, {
      api: false,
      project: false,
      autosave: false,
      deps: false,
      uploadPicker: false,
      dispose: false,
      confirmation: false,
    });
  }

  /** Keeps the back end told whether there are unsaved changes (the desktop window asks before closing). */
  start(): void {
    this.dispose ??= reaction(
      () => ({ dirty: this.project.dirty, name: this.project.current.name }),
      (state) => void this.api.projectsSetDirty(state),
      { fireImmediately: true, equals: (a, b) => a.dirty === b.dirty && a.name === b.name },
    );
    void this.loadRecent();
  }

  stop(): void {
    this.dispose?.();
    this.dispose = null;
  }

  setUploadPicker(picker: (() => void) | null): void {
    this.uploadPicker = picker;
  }

  dismissError(): void {
    this.error = null;
  }

  async loadRecent(): Promise<void> {
    const reply = await this.api.projectsRecent({});
    runInAction(() => {
      if (reply.ok) this.recent = reply.result.projects;
    });
  }

  async newProject(): Promise<void> {
    if (!(await this.mayDiscard('start a new project'))) return;
    this.project.replace(newProject(), null, false);
    this.deps.onNew?.();
    this.done('New project.');
    await this.autosave.clear();
  }

  /** The native open dialog; in web mode (or when the back end has no dialogs) the file picker. */
  async open(): Promise<void> {
    if (!(await this.mayDiscard('open another project'))) return;
    if (this.deps.isWeb()) return this.pickUpload();
    const reply = await this.call(() => this.api.projectsOpen({}));
    if (reply === null) return;
    if (reply === 'unavailable') return this.pickUpload();
    if (!reply.cancelled) await this.opened(reply.project, reply.path, reply.path);
  }

  /** Opens a recent project: the file itself (desktop), or the copy main keeps of it (web mode). */
  async openRecent(entry: RecentProject): Promise<void> {
    if (!(await this.mayDiscard('open another project'))) return;
    const request = entry.copy === undefined ? { path: entry.path } : { copy: entry.copy };
    const reply = await this.call(() => this.api.projectsOpen(request));
    if (reply === null || reply === 'unavailable') {
      await this.loadRecent();
      return;
    }
    if (!reply.cancelled) await this.opened(reply.project, reply.path, reply.path);
  }

  /** The text of a file chosen in the browser's picker: validated here with the shared schema. */
  async openUploaded(fileName: string, text: string): Promise<void> {
    const parsed = parseProjectText(text);
    if (!parsed.ok) {
      this.fail(`${fileName} is not a valid InferCalc project: ${parsed.message}`);
      return;
    }
    await this.opened(parsed.project, fileName, fileName);
    await this.keepCopy(fileName, parsed.project);
  }

  /** An upload that could not even be read (too large, unreadable); the project is unchanged. */
  uploadFailed(fileName: string, reason: string): void {
    this.fail(`${fileName} is not a valid InferCalc project: ${reason}`);
  }

  /** Saves to the current file; a project never saved asks where (Save As). True when saved. */
  async save(): Promise<boolean> {
    const path = this.project.filePath;
    if (this.deps.isWeb()) return this.download(path ?? projectFileName(this.project.current.name));
    if (path === null) return this.saveAs();
    const project = this.validProject();
    if (!project) return false;
    const revision = this.project.revision;
    const reply = await this.call(() => this.api.projectsSave({ path, project }));
    if (reply === null) return false;
    if (reply === 'unavailable') return this.download(projectFileName(project.name));
    return this.saved(reply.path, revision);
  }

  /** Asks for a new file (native save dialog; a download in web mode). True when saved. */
  async saveAs(): Promise<boolean> {
    const project = this.validProject();
    if (!project) return false;
    const suggestedName = projectFileName(project.name);
    if (this.deps.isWeb()) return this.download(suggestedName);
    const revision = this.project.revision;
    const reply = await this.call(() => this.api.projectsSaveAs({ project, suggestedName }));
    if (reply === null) return false;
    if (reply === 'unavailable') return this.download(suggestedName);
    if (reply.cancelled) return false;
    return this.saved(reply.path, revision);
  }

  private pickUpload(): void {
    if (this.uploadPicker) this.uploadPicker();
    else this.fail('Opening a file is not available here.');
  }

  private download(fileName: string): boolean {
    const project = this.validProject();
    if (!project) return false;
    this.deps.browser.download(fileName, serializeProject(project));
    void this.saved(fileName, this.project.revision).then(() => this.keepCopy(fileName, project));
    return true;
  }

  /** Web mode: main keeps a copy of an uploaded or downloaded project for the recent list. */
  private async keepCopy(fileName: string, project: Project): Promise<void> {
    const reply = await this.api.projectsKeep({ project, fileName });
    if (reply.ok) await this.loadRecent();
  }

  private async opened(project: Project, filePath: string, label: string): Promise<void> {
    this.project.replace(project, filePath, false);
    this.done(`Opened ${label}.`);
    await this.autosave.clear();
    await this.loadRecent();
  }

  private async saved(path: string, revision: number): Promise<boolean> {
    this.project.markSaved(path, revision);
    // The save-state indicator says where it was saved: no second "Saved" message beside it.
    this.done(null);
    if (!this.project.dirty) await this.autosave.clear();
    await this.loadRecent();
    return true;
  }

  /** True when nothing unsaved would be lost, or the user chose to save (successfully) or discard. */
  private async mayDiscard(action: string): Promise<boolean> {
    if (!this.project.dirty) return true;
    const answer = await this.confirmation.ask({ projectName: this.project.current.name, action });
    if (answer === 'cancel') return false;
    if (answer === 'save') return this.save();
    return true;
  }

  /** The project as plain data if it is valid; otherwise an error naming the bad field. */
  private validProject(): Project | null {
    const parsed = parseWith(ProjectSchema, toJS(this.project.current));
    if (parsed.ok) return parsed.value;
    this.fail(`Cannot save: ${parsed.message}`);
    return null;
  }

  /**
   * Runs an API call with the busy flag; the result, 'unavailable' when the back end answers
   * 'not-supported' (no dialogs: web mode), or null after showing the error.
   */
  private async call<T>(
    run: () => Promise<{ ok: true; result: T } | { ok: false; error: { code: string; message: string } }>,
  ): Promise<T | 'unavailable' | null> {
    this.busy = true;
    const reply = await run();
    return runInAction(() => {
      this.busy = false;
      if (reply.ok) return reply.result;
      if (reply.error.code === 'not-supported') return 'unavailable';
      this.fail(reply.error.message);
      return null;
    });
  }

  private fail(message: string): void {
    this.error = message;
    this.status = null;
  }

  /** Says what just happened in the status line (announced politely), e.g. after undo. */
  announce(message: string): void {
    this.status = message;
  }

  private done(message: string | null): void {
    this.error = null;
    this.status = message;
  }
}
