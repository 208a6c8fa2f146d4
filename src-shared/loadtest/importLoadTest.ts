/**
 * Importing load-test results: recognises each file's format from its content, parses it, and joins
 * the points of several files (an LLMeter LoadTest writes one `stats.json` per concurrency level).
 * Supported: LLMeter `stats.json`/`summary.json`, FMBench `all_metrics(_summary).csv` and InferCalc's
 * plain CSV (plainCsv.ts).
 */
import { FMBENCH_FORMAT, looksLikeFmbench, parseFmbenchCsv } from './fmbench';
import { looksLikeLlmeter, parseLlmeterStats, LLMETER_FORMAT } from './llmeter';
import type { ImportResult, LoadTestPoint } from './loadTestPoint';
import { looksLikePlainCsv, parsePlainCsv, PLAIN_CSV_FORMAT } from './plainCsv';
import { parsePythonJson } from './pythonJson';

/** One file handed in by the user. */
export interface ResultFile {
  name: string;
  text: string;
}

/** The formats the importer reads, for messages and the file picker. */
export const SUPPORTED_FORMATS: ReadonlyArray<string> = [LLMETER_FORMAT, FMBENCH_FORMAT, PLAIN_CSV_FORMAT];

/** Largest result file read (a stats file is kilobytes; a CSV of operating points, far less than this). */
export const MAX_RESULT_FILE_CHARS = 5_000_000;

/** Parses one file in whichever supported format it is. */
export function importResultFile(file: ResultFile): ImportResult {
  if (file.text.length > MAX_RESULT_FILE_CHARS)
    return {
      ok: false,
      format: undefined,
      message: `${file.name}: ${Math.round(file.text.length / 1e6)} MB is too large for a results summary (at most 5 MB); import the summary file (stats.json or the CSV), not per-request logs`,
    };
  // FMBench's header also names instance_type and concurrency: recognise it first.
  if (looksLikeFmbench(file.text)) return parseFmbenchCsv(file.text, file.name);
  if (looksLikePlainCsv(file.text)) return parsePlainCsv(file.text, file.name);
  const trimmed = file.text.trimStart();
  if (trimmed.startsWith('{')) {
    const json = parsePythonJson(trimmed);
    if (json.ok && looksLikeLlmeter(json.value)) return parseLlmeterStats(trimmed, file.name);
    if (!json.ok) return { ok: false, format: undefined, message: `${file.name}: ${json.message}` };
  }
  return {
    ok: false,
    format: undefined,
    message: `${file.name}: not a supported load-test result (${SUPPORTED_FORMATS.join(', ')})`,
  };
}

/** Parses every file; the first failure stops the import with its message, nothing half-imported. */
export function importResultFiles(files: ReadonlyArray<ResultFile>): ImportResult {
  if (files.length === 0) return { ok: false, format: undefined, message: 'no file given' };
  const points: LoadTestPoint[] = [];
  const formats = new Set<string>();
  for (const f of files) {
    const r = importResultFile(f);
    if (!r.ok) return r;
    formats.add(r.format);
    points.push(...r.points);
  }
  return { ok: true, format: [...formats].join(' + '), points };
}
