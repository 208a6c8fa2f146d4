/**
 * The one API contract between the UI and the back end. Each entry is an operation: its request and
 * response schemas and a short doc. The Electron preload and IPC registration, the web-mode HTTP
 * routes and the renderer's clients are all typed from this object, so adding an operation is one
 * entry here plus one handler in src-main (see README, "How to add an API operation").
 */
import { z } from 'zod';
import {
  PriceCancelResponseSchema,
  PriceProgressEventSchema,
  PriceRefreshRequestSchema,
  PriceStatusSchema,
  RefreshReportSchema,
} from './schemas/prices';
import { AppInfoSchema } from './schemas/appInfo';
import {
  AutosaveReadResponseSchema,
  AutosaveWriteRequestSchema,
  EmptySchema,
  KeepProjectRequestSchema,
  OpenProjectRequestSchema,
  OpenProjectResponseSchema,
  RecentProjectsResponseSchema,
  SaveAsRequestSchema,
  SaveAsResponseSchema,
  SavedProjectSchema,
  SaveProjectRequestSchema,
  SetDirtyRequestSchema,
} from './schemas/projects';
import { PriceCatalogRequestSchema, PriceCatalogResponseSchema } from './schemas/priceCatalog';
import { ExportRequestSchema, ExportSaveAsResponseSchema, ExportWorkbookResponseSchema } from './schemas/export';
import { OpenLoadTestRequestSchema, OpenLoadTestResponseSchema } from './schemas/loadtest';

/** One operation of the contract. */
export interface OperationSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  doc: string;
  request: Req;
  response: Res;
}

const operation = <Req extends z.ZodType, Res extends z.ZodType>(
  doc: string,
  request: Req,
  response: Res,
): OperationSpec<Req, Res> => ({ doc, request, response });

export const apiContract = {
  'app.info': operation(
    'The app version, the data folder, and where prices come from.',
    z.strictObject({}),
    AppInfoSchema,
  ),
  'projects.open': operation(
    'Opens a project: the given path (a recent project, desktop), a kept copy (a recent project, web mode), or the one chosen in the native open dialog (desktop only). A bad file is refused with a message naming the field.',
    OpenProjectRequestSchema,
    OpenProjectResponseSchema,
  ),
  'projects.save': operation(
    'Saves the project to a path it was opened from or saved to before (atomically: never a half-written file).',
    SaveProjectRequestSchema,
    SavedProjectSchema,
  ),
  'projects.saveAs': operation(
    'Asks for a target in the native save dialog (desktop only), then saves there atomically.',
    SaveAsRequestSchema,
    SaveAsResponseSchema,
  ),
  'projects.recent': operation(
    'Recently opened or saved projects, most recent first (at most 10; files that are gone are left out). In web mode, the copies kept by projects.keep.',
    EmptySchema,
    RecentProjectsResponseSchema,
  ),
  'projects.keep': operation(
    'Web mode: keeps a copy of a project the user uploaded or downloaded in the data folder, under a name main chooses, so the recent list can reopen it (the desktop list holds the files themselves: not-supported there).',
    KeepProjectRequestSchema,
    EmptySchema,
  ),
  'projects.setDirty': operation(
    'Tells the back end whether the open project has unsaved changes, so closing the window asks first.',
    SetDirtyRequestSchema,
    EmptySchema,
  ),
  'autosave.write': operation(
    'Keeps a copy of the unsaved project in the data folder, for recovery after a crash.',
    AutosaveWriteRequestSchema,
    EmptySchema,
  ),
  'autosave.read': operation(
    'The autosaved project left by a session that did not end cleanly, if any.',
    EmptySchema,
    AutosaveReadResponseSchema,
  ),
  'autosave.clear': operation('Forgets the autosaved project (after a save or a discard).', EmptySchema, EmptySchema),
  'prices.catalog': operation(
    'The active price data (snapshot with the refreshed cache merged) for the regions asked for, with every region that has prices.',
    PriceCatalogRequestSchema,
    PriceCatalogResponseSchema,
  ),
  'prices.status': operation(
    'Where the prices in use come from, their as-of date per service and region, staleness, what is missing, and warnings.',
    z.strictObject({}),
    PriceStatusSchema,
  ),
  'prices.refresh': operation(
    'Fetches prices from the AWS Price List and Savings Plans APIs and caches them; a failure leaves the cache as it was. Progress arrives as prices.progress events.',
    PriceRefreshRequestSchema,
    RefreshReportSchema,
  ),
  'prices.profiles': operation(
    "The AWS profiles in the user's AWS config and credentials files (read with the AWS SDK's own loader), for the refresh's profile picker; and whether credentials come from the environment.",
    z.strictObject({}),
    z.strictObject({
      profiles: z.array(z.string()),
      /** The profile the SDK uses when none is chosen (AWS_PROFILE, else "default" when present). */
      defaultProfile: z.string().nullable(),
      /** Access keys are set in the environment (they take precedence over a file's default profile). */
      environmentCredentials: z.boolean(),
    }),
  ),
  'prices.cancel': operation(
    'Cancels the price refresh in progress, if any.',
    z.strictObject({}),
    PriceCancelResponseSchema,
  ),
  'export.workbook': operation(
    'Builds the comparison workbook (.xlsx with live formulas) of a project and returns it in base64, for a browser download.',
    ExportRequestSchema,
    ExportWorkbookResponseSchema,
  ),
  'export.saveAs': operation(
    'Asks for a target in the native save dialog (desktop only), then writes the comparison workbook there atomically.',
    ExportRequestSchema,
    ExportSaveAsResponseSchema,
  ),
  'export.summaryPdf': operation(
    'Saves the page (the Compare step under its print stylesheet: a one-page comparison summary) as a PDF, after a native save dialog (desktop only).',
    z.strictObject({ suggestedName: z.string().min(1).max(200) }),
    z.union([
      z.strictObject({ cancelled: z.literal(false), path: z.string().min(1), bytes: z.number().int().nonnegative() }),
      z.strictObject({ cancelled: z.literal(true) }),
    ]),
  ),
  'loadtest.open': operation(
    "Reads load-test results (LLMeter stats.json, FMBench all_metrics CSV, InferCalc's plain CSV) and returns their measured points: the files the page uploaded, or those chosen in the native open dialog (desktop only). A file in no supported format, or a bad row, is refused with a message naming it.",
    OpenLoadTestRequestSchema,
    OpenLoadTestResponseSchema,
  ),
} as const;

/** Events the back end pushes to the UI (main → renderer, or server-sent events in web mode). */
export const apiEvents = {
  /** A menu action chosen in the native menu (desktop only). */
  'menu.action': z.strictObject({
    action: z.enum(['new', 'open', 'save', 'save-as', 'export', 'about', 'undo', 'redo', 'print']),
  }),
  /** Progress of a price refresh: pages and products so far. */
  'prices.progress': PriceProgressEventSchema,
} as const;

export type OperationName = keyof typeof apiContract;
export type EventName = keyof typeof apiEvents;
export type RequestOf<K extends OperationName> = z.input<(typeof apiContract)[K]['request']>;
export type ResponseOf<K extends OperationName> = z.output<(typeof apiContract)[K]['response']>;
export type EventPayload<E extends EventName> = z.output<(typeof apiEvents)[E]>;

export const operationNames = Object.keys(apiContract) as OperationName[];
export const eventNames = Object.keys(apiEvents) as EventName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}
