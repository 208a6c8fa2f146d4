/**
 * Text from a project (names, labels, messages that quote them) is printed to a terminal, where
 * control characters act instead of showing: ESC starts escape sequences (clear the screen, move the
 * cursor), CR and BS overwrite what was printed, BEL rings, and bidirectional overrides reorder
 * what is shown. Every such character is printed as a visible escape instead.
 */

// C0 controls, DEL, C1 controls, and the bidirectional embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, but line breaks are kept
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase()}`;
}

/** The text with every control character shown as an escape (ESC → "\x1B", a line break → "\x0A"). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Like escapeControls, but keeps line breaks: for messages of several lines written by the CLI itself. */
export function escapeControlsKeepingLines(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, visible);
}
