/**
 * The web mode's secret as the page holds it. `npm run web` prints a URL with `?secret=…`; the page
 * takes it from there once, keeps it in this tab's session storage (isolated per origin, port
 * included, so no other local server's page can read it; it survives a reload of the tab), and
 * takes it out of the address bar. It never goes in a cookie, which every server on 127.0.0.1 would
 * receive.
 */

const STORAGE_KEY = 'infercalc.secret';
const QUERY_KEY = 'secret';

export interface SecretPlace {
  location: { href: string };
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  history: Pick<History, 'replaceState'> | null;
}

/** The secret from the URL (then stored and removed from the address bar) or from the tab's storage; null when neither has it. */
export function takeWebSecret(place: SecretPlace): string | null {
  const url = new URL(place.location.href);
  const fromUrl = url.searchParams.get(QUERY_KEY);
  if (fromUrl) {
    try {
      place.storage?.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the secret then lives in memory until the tab is reloaded.
    }
    url.searchParams.delete(QUERY_KEY);
    place.history?.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  try {
    return place.storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** A random id for this page load: the server keeps one autosave slot per page. */
export function newSessionId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The tab's session storage, or null where the browser refuses it (storage disabled). */
export function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
