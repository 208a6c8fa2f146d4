/**
 * The Export step's state: what will be exported, and the one action that exports it, saving through
 * the native dialog on the desktop or downloading in the browser (web mode). The File menu's Export
 * and the step's button both call `exportWorkbook`.
 */
import { makeAutoObservable, runInAction } from 'mobx';
import type { InferCalcApi } from '@shared/api/client';
import { downloadBlob } from './downloadBlob';
import type { ProjectStore } from './ProjectStore';

/** Saves bytes as a download in the browser (a Blob behind a link with the download attribute). */
export type DownloadBytes = (fileName: string, bytes: Uint8Array, mimeType: string) => void;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportStoreOptions {
  /** True in web mode, where there is no save dialog. */
  isWeb: () => boolean;
  download: DownloadBytes;
}

export type ExportStatus =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

export class ExportStore {
  status: ExportStatus = { kind: 'idle' };

  constructor(
    private readonly api: InferCalcApi,
    private readonly projects: ProjectStore,
    private readonly options: ExportStoreOptions,
  ) {
    makeAutoObservable<ExportStore, 'api' | 'projects' | 'options'>(this, {
      api: false,
      projects: false,
      options: false,
    });
  }

  /** What the workbook will hold, in words, one line each. */
  get contents(): string[] {
    const p = this.projects.current;
    const n = p.designs.length;
    return [
      `Summary: ${n} design${n === 1 ? '' : 's'} side by side, with monthly and yearly totals, cost per 1,000 requests and the recommended design`,
      'Assumptions: the workload and the billing conventions (730 hours a month, GB = 2^30 bytes, USD)',
      'Prices: every rate the designs use, with its source and date (editable: the totals follow)',
      ...p.designs.map((d) => `Design sheet "${d.name}": line items as quantity × rate formulas`),
      'Traffic: the 168-hour week and the capacity each design runs',
      'Cost vs traffic: the series behind the chart, with crossovers',
    ];
  }

  get hasDesigns(): boolean {
    return this.projects.current.designs.length > 0;
  }

  get busy(): boolean {
    return this.status.kind === 'working';
  }

  /** How the button reads in this mode. */
  get actionLabel(): string {
    return this.options.isWeb() ? 'Download workbook (.xlsx)' : 'Save workbook as… (.xlsx)';
  }

  /** Exports the open project: a save dialog on the desktop, a download in the browser. */
  async exportWorkbook(): Promise<void> {
    if (this.busy) return;
    this.status = { kind: 'working' };
    const project = this.projects.current;
    if (this.options.isWeb()) {
      const answer = await this.api.exportWorkbook({ project });
      runInAction(() => {
        if (!answer.ok) {
          this.status = { kind: 'error', message: `Export failed: ${answer.error.message}` };
          return;
        }
        const bytes = Uint8Array.from(atob(answer.result.base64), (c) => c.charCodeAt(0));
        this.options.download(answer.result.fileName, bytes, XLSX_MIME);
        this.status = { kind: 'done', message: `Downloaded ${answer.result.fileName}` };
      });
      return;
    }
    const answer = await this.api.exportSaveAs({ project });
    runInAction(() => {
      if (!answer.ok) this.status = { kind: 'error', message: `Export failed: ${answer.error.message}` };
      else if (answer.result.cancelled) this.status = { kind: 'idle' };
      else this.status = { kind: 'done', message: `Saved ${answer.result.path}` };
    });
  }
}

/** Downloads the bytes as a file (see downloadBlob). */
export const domDownloadBytes: DownloadBytes = (fileName, bytes, mimeType) =>
  downloadBlob(fileName, new Blob([bytes as BlobPart], { type: mimeType }));
