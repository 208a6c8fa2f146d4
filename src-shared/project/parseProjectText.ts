/**
 * Reading a project file's text into a validated Project, with one set of messages for every place
 * that reads one: the back end (desktop open, CLI) and the renderer (web-mode upload). JSON syntax
 * errors say the line and column; schema errors name the bad field's path.
 */
import { parseWith } from '../validation';
import { jsonErrorOffset } from './jsonErrorPosition';
import { ProjectSchema, type Project } from './schema';

/** Larger than any plausible project (168-value profiles and dozens of designs are a few kB). */
export const MAX_PROJECT_BYTES = 5 * 1024 * 1024;

export type ProjectTextResult = { ok: true; project: Project } | { ok: false; message: string };

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Describes a JSON.parse error with a line and column. Engines word these differently (V8 says
 * "at position N", sometimes with "(line L column C)"; Firefox says "at line L column C"), so the
 * position is recovered from whichever form is present.
 */
export function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(raw);
  const position = /position (\d+)/.exec(raw);
  const scanned = lineCol || position ? null : jsonErrorOffset(text);
  const where = lineCol
    ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
    : position
      ? lineAndColumn(text, Number(position[1]))
      : scanned !== null
        ? lineAndColumn(text, scanned)
        : null;
  const reason = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ at line \d+ column \d+ of the JSON data/, '')
    .replace(/,? (in JSON )?at position \d+/, '')
    // V8 quotes the start of the text ('"{ ..." is not valid JSON'): noise once the place is known.
    .replace(/, ".*" is not valid JSON$/s, '')
    .trim();
  return where
    ? `not valid JSON at line ${where.line}, column ${where.column}: ${reason}`
    : `not valid JSON: ${reason}`;
}

/** Parses and validates a project file's text; never throws. */
export function parseProjectText(text: string): ProjectTextResult {
  if (text.length > MAX_PROJECT_BYTES) {
    return { ok: false, message: `the file is larger than ${MAX_PROJECT_BYTES / 1024 / 1024} MB` };
  }
  let data: unknown;
  try {
    // A byte-order mark is legal in files saved by some editors but not in JSON.parse.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: describeJsonError(text, error) };
  }
  const parsed = parseWith(ProjectSchema, data);
  return parsed.ok ? { ok: true, project: parsed.value } : { ok: false, message: parsed.message };
}

/** The text written for a project: stable, indented, with a final newline (diff-friendly). */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}

/** A file name for a project: its name made safe for file systems, with the format's extension. */
export function projectFileName(name: string): string {
  const base = [...name]
    // Control characters and characters that Windows, macOS or Linux refuse in file names.
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .replace(/^\.+/, '');
  return `${base || 'project'}.infercalc.json`;
}
