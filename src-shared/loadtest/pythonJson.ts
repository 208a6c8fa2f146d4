/**
 * JSON as Python's `json.dumps` writes it: standard JSON except that a float that is not a number is
 * written as the bare word NaN, Infinity or -Infinity (Python's default `allow_nan=True`). Tools such as
 * LLMeter write their statistics this way, so those words are read as null (no value) before parsing.
 */

/** Parses JSON, reading bare NaN/Infinity/-Infinity outside strings as null; errors say where. */
export function parsePythonJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      continue;
    }
    const word = c === 'N' || c === 'I' || c === '-' ? /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9)) : null;
    if (word) {
      out += 'null';
      i += word[0].length - 1;
      continue;
    }
    out += c;
  }
  try {
    return { ok: true, value: JSON.parse(out) as unknown };
  } catch (e) {
    return { ok: false, message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}
