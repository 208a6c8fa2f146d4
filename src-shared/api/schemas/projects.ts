/** Request and response schemas of the `projects.*` and `autosave.*` operations. */
import { z } from 'zod';
import { ProjectSchema } from '../../project/schema';

/** A file path on the back end's machine, as chosen in a native dialog or listed in recent projects. */
export const FilePathSchema = z.string().min(1).max(4096);

export const OpenProjectRequestSchema = z.strictObject({
  /** Opens this file (a recent project) instead of showing the open dialog. */
  path: FilePathSchema.optional(),
});

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
  path: FilePathSchema,
  /** The project's name when it was last opened or saved. */
  name: z.string(),
  /** ISO timestamp of the last open or save. */
  openedAt: z.string(),
});

export const RecentProjectsResponseSchema = z.strictObject({ projects: z.array(RecentProjectSchema) });

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
