/**
 * The Content Security Policy of every page InferCalc shows (desktop window and web mode).
 * Strict: only the app's own scripts, styles and connections; no inline script, no eval, no
 * remote content, no framing. The renderer's index.html carries the same policy in a meta tag
 * (a test checks they match); the desktop shell and the web server also send it as a header.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

/** The policy sent as a response header (desktop shell and web mode). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy in index.html's meta tag: browsers ignore frame-ancestors there (and warn), so it is left out. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Headers that harden every response of the web mode. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
