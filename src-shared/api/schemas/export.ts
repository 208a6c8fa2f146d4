/** Schemas of the `export.*` operations: the comparison workbook of a project. */
import { z } from 'zod';
import { ProjectSchema } from '../../project/schema';

/** The project to export, as edited (it need not be saved first). */
export const ExportRequestSchema = z.strictObject({ project: ProjectSchema });

/** The workbook for a browser download: a suggested file name and the .xlsx bytes in base64. */
export const ExportWorkbookResponseSchema = z.strictObject({
  fileName: z.string().min(1),
  base64: z.string(),
  /** Size of the workbook in bytes. */
  bytes: z.number().int().nonnegative(),
});

/** Where the workbook was written, or that the user cancelled the save dialog. */
export const ExportSaveAsResponseSchema = z.union([
  z.strictObject({
    cancelled: z.literal(false),
    path: z.string().min(1),
    fileName: z.string().min(1),
    bytes: z.number().int().nonnegative(),
  }),
  z.strictObject({ cancelled: z.literal(true) }),
]);
