/** Request and response schemas of the `loadtest.open` operation: load-test results read for a design. */
import { z } from 'zod';
import { MAX_RESULT_FILE_CHARS } from '../../loadtest/importLoadTest';

/** At most this many files in one import (an LLMeter LoadTest writes one stats.json per concurrency level). */
export const MAX_UPLOADED_RESULT_FILES = 50;

/** All uploaded files together stay under the web server's request limit (10 MB), JSON escaping included. */
export const MAX_UPLOADED_RESULT_CHARS = 8_000_000;

/** One file the page uploaded: its name (a label, never a path) and its text. */
export const UploadedResultFileSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((n) => !/[\\/]/.test(n), 'a file name, not a path'),
  text: z.string().max(MAX_RESULT_FILE_CHARS, 'at most 5 MB: import the summary file, not per-request logs'),
});

export const OpenLoadTestRequestSchema = z.strictObject({
  /**
   * The files' content, uploaded by the page (web mode). Absent: the back end shows the native open
   * dialog (desktop only) and reads only the files chosen there.
   */
  files: z
    .array(UploadedResultFileSchema)
    .min(1)
    .max(MAX_UPLOADED_RESULT_FILES)
    .refine(
      (files) => files.reduce((n, f) => n + f.text.length, 0) <= MAX_UPLOADED_RESULT_CHARS,
      'the files together are too large (at most 8 MB)',
    )
    .optional(),
});

const measure = z.number().finite().nonnegative();

/** One measured operating point (src-shared/loadtest/loadTestPoint.ts `LoadTestPoint`). */
export const LoadTestPointSchema = z.strictObject({
  instanceType: z.string().optional(),
  concurrency: z.number().int().positive(),
  requestsPerSecond: measure.optional(),
  outputTokensPerSecond: measure.optional(),
  latencyMs: z.strictObject({
    p50: measure.optional(),
    p90: measure.optional(),
    p95: measure.optional(),
    p99: measure.optional(),
  }),
  failedShare: z.number().min(0).max(1).optional(),
  label: z.string(),
});

export const OpenLoadTestResponseSchema = z.union([
  z.strictObject({
    cancelled: z.literal(false),
    /** The files read, by name (what the design's source will name). */
    fileNames: z.array(z.string()).min(1),
    /** The format(s) recognised, in words. */
    format: z.string(),
    points: z.array(LoadTestPointSchema).min(1),
  }),
  z.strictObject({ cancelled: z.literal(true) }),
]);
