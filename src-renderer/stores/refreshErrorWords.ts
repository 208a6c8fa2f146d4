/**
 * A failed price refresh in the app's words: what happened and what to do here (pick a profile, use
 * the public price files, try again when online), never command-line advice; the back end's
 * technical message is kept apart for a details disclosure.
 */

export type RefreshErrorKind = 'credentials' | 'network' | 'api' | 'cache' | 'cancelled' | 'other';

export interface RefreshErrorWords {
  kind: RefreshErrorKind;
  text: string;
  /** The back end's own message (SDK error, path), for details; null when there is nothing more. */
  detail: string | null;
}

/** The words for a refresh failure of this kind. */
export function refreshErrorWords(
  kind: 'credentials' | 'network' | 'api' | 'cache' | undefined,
  message: string,
  profile: string | null = null,
): RefreshErrorWords {
  const keep = 'The app keeps using the prices it has.';
  switch (kind) {
    case 'credentials':
      return {
        kind,
        text: `AWS did not accept the credentials${profile ? ` of the profile “${profile}”` : ''}, or none were found. Choose an AWS profile below and try again, or refresh from AWS's public price files, which need no credentials. ${keep}`,
        detail: message,
      };
    case 'network':
      return {
        kind,
        text: `AWS could not be reached (offline, or a proxy or firewall in the way). Try again when the connection is back. ${keep}`,
        detail: message,
      };
    case 'api':
      return {
        kind,
        text: `AWS answered with an error, so no prices were changed. Try again later. ${keep}`,
        detail: message,
      };
    case 'cache':
      return {
        kind,
        text: `The new prices could not be saved in the data folder (is the disk full or read-only?); the prices in use did not change.`,
        detail: message,
      };
    default:
      return { kind: 'other', text: `The refresh failed; the prices in use did not change.`, detail: message };
  }
}
