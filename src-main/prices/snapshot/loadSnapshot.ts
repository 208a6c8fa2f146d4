/**
 * The embedded snapshot at run time. The JSON is imported, so electron-vite inlines it into the
 * main bundle (out/main/*.js) and vitest/tsx read it from source: no file path to resolve at run
 * time, in the built app or in tests. Expanded once, on first use.
 */
import type { PriceCatalogData } from '@shared/prices/catalog';
import snapshotJson from './prices-snapshot.json';
import { expandSnapshot, type CompactSnapshot } from './compactFormat';

let expanded: PriceCatalogData | undefined;

/** The embedded snapshot as catalog data (origin 'snapshot'). Cached: the snapshot never changes while running. */
export function loadEmbeddedSnapshot(): PriceCatalogData {
  expanded ??= expandSnapshot(snapshotJson as unknown as CompactSnapshot);
  return expanded;
}
