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

/** JSON's own punctuation: naming one of these in a message quotes nothing of the file. */
const JSON_PUNCTUATION = '{}[],:"';

/**
 * Describes a JSON.parse error with a line and column, in words of our own: never the engine's
 * message, which quotes the start of the text (V8: `"…"... is not valid JSON`), because a message
 * must not echo a file's contents. The place comes from the engine's message when it gives one
 * (engines word it differently: V8 "at position N", Firefox "at line L column C"), else from a scan
 * of the text; the kind of error from keywords of the engine's message.
 */
export function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(raw);
  const offset = lineCol
    ? offsetOf(text, Number(lineCol[1]), Number(lineCol[2]))
    : (positionIn(raw) ?? jsonErrorOffset(text));
  const where = offset === null ? null : lineAndColumn(text, offset);
  const reason = jsonErrorReason(raw, offset === null ? undefined : text[offset]);
  return where
    ? `not valid JSON at line ${where.line}, column ${where.column}: ${reason}`
    : `not valid JSON: ${reason}`;
}

/** The character offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

function positionIn(message: string): number | null {
  const position = /position (\d+)/.exec(message);
  return position ? Number(position[1]) : null;
}

function jsonErrorReason(message: string, char: string | undefined): string {
  if (char === undefined || /end of (JSON|data|input)/i.test(message))
    return 'the text ends before the JSON is complete';
  if (/control character/i.test(message)) return 'a control character inside a string (it must be escaped)';
  if (/escape/i.test(message)) return 'a bad escape sequence inside a string';
  if (/number|exponent|digit/i.test(message)) return 'a malformed number';
  if (/after JSON|after the JSON|non-whitespace/i.test(message)) return 'more text after the end of the JSON';
  return JSON_PUNCTUATION.includes(char) ? `unexpected '${char}'` : 'unexpected character';
}

/** Parses and validates a project file's text; never throws. */
export function parseProjectText(text: string): ProjectTextResult {
  if (text.length > MAX_PROJECT_BYTES) {
    return { ok: false, message: `the file is larger than ${MAX_PROJECT_BYTES / 1024 / 1024} MB` };
  }
  // A byte-order mark is legal in files saved by some editors but not in JSON.parse.
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: describeJsonError(json, error) };
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
