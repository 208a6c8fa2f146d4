/**
 * The one API contract between the UI and the back end. Each entry is an operation: its request and
 * response schemas and a short doc. The Electron preload and IPC registration, the web-mode HTTP
 * routes and the renderer's clients are all typed from this object, so adding an operation is one
 * entry here plus one handler in src-main (see README, "How to add an API operation").
 */
import { z } from 'zod';
import { AppInfoSchema } from './schemas/appInfo';

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
} as const;

/** Events the back end pushes to the UI (main → renderer, or server-sent events in web mode). */
export const apiEvents = {
  /** A menu action chosen in the native menu (desktop only). */
  'menu.action': z.strictObject({
    action: z.enum(['new', 'open', 'save', 'save-as', 'export', 'about']),
  }),
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
