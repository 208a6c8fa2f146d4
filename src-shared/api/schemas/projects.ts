/** Request and response schemas of the `projects.*` and `autosave.*` operations. */
import { z } from 'zod';
import { ProjectSchema } from '../../project/schema';

/** A file path on the back end's machine, as chosen in a native dialog or listed in recent projects. */
export const FilePathSchema = z.string().min(1).max(4096);

/** The id main gave a copy it keeps of a web-mode project (see projects.keep); never a path. */
export const KeptCopyIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'expected the id of a kept copy');

/** True when `name` is a bare file name: no folder separator, no control character, not "." or "..". */
function isBareFileName(name: string): boolean {
  if (name === '.' || name === '..' || name.includes('/') || name.includes('\\')) return false;
  return ![...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

/** The name of a file the user uploaded or downloaded: a label only, never used as a path. */
export const ProjectFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine(isBareFileName, 'expected a file name, not a path');

export const OpenProjectRequestSchema = z
  .strictObject({
    /** Opens this file (a recent project, desktop) instead of showing the open dialog. */
    path: FilePathSchema.optional(),
    /** Web mode: reopens this kept copy (a recent project's `copy`). */
    copy: KeptCopyIdSchema.optional(),
  })
  .refine((r) => r.path === undefined || r.copy === undefined, 'give either path or copy, not both');

export const CancelledSchema = z.strictObject({ cancelled: z.literal(true) });

export const OpenedProjectSchema = z.strictObject({
  cancelled: z.literal(false),
  path: FilePathSchema,
  project: ProjectSchema,
});

export const OpenProjectResponseSchema = z.union([OpenedProjectSchema, CancelledSchema]);

export const SaveProjectRequestSchema = z.strictObject({ path: FilePathSchema, project: ProjectSchema });

export const SavedProjectSchema = z.strictObject({
  cancelled: z.literal(false),
  path: FilePathSchema,
  /** ISO timestamp of the write. */
  savedAt: z.string(),
});

export const SaveAsRequestSchema = z.strictObject({
  project: ProjectSchema,
  /** The file name proposed in the save dialog, e.g. "Fraud scoring.infercalc.json". */
  suggestedName: z.string().min(1).max(255).optional(),
});

export const SaveAsResponseSchema = z.union([SavedProjectSchema, CancelledSchema]);

export const RecentProjectSchema = z.strictObject({
  /** The file's path (desktop); in web mode only the name of the file uploaded or downloaded, a label. */
  path: FilePathSchema,
  /** Web mode: the id of the copy main keeps in its data folder, to reopen it with projects.open. */
  copy: KeptCopyIdSchema.optional(),
  /** The project's name when it was last opened or saved. */
  name: z.string(),
  /** ISO timestamp of the last open or save. */
  openedAt: z.string(),
});

export const RecentProjectsResponseSchema = z.strictObject({ projects: z.array(RecentProjectSchema) });

export const KeepProjectRequestSchema = z.strictObject({
  project: ProjectSchema,
  /** The name of the file uploaded or downloaded, shown in the list. */
  fileName: ProjectFileNameSchema,
});

export const AutosaveWriteRequestSchema = z.strictObject({
  project: ProjectSchema,
  /** Where the project was opened from or saved to; null for a project never saved. */
  filePath: FilePathSchema.nullable(),
});

export const AutosaveSchema = z.strictObject({
  project: ProjectSchema,
  filePath: FilePathSchema.nullable(),
  savedAt: z.string(),
});

export const AutosaveReadResponseSchema = z.strictObject({
  autosave: AutosaveSchema.nullable(),
  /** Set when an autosave existed but could not be used (it was set aside, not deleted). */
  warning: z.string().optional(),
});

export const SetDirtyRequestSchema = z.strictObject({
  dirty: z.boolean(),
  /** The project's name, for the "unsaved changes" question when the window closes. */
  name: z.string().max(200),
});

export const EmptySchema = z.strictObject({});

export type RecentProject = z.infer<typeof RecentProjectSchema>;
export type Autosave = z.infer<typeof AutosaveSchema>;
