/**
 * SheetJS writes the .xlsx container through its CFB library, adding each part (one per sheet, plus
 * its relations) with `cfb_add`, which looks the name up in every part so far and rebuilds the whole
 * sorted directory after each addition: O(parts²·log parts). At a few hundred sheets that is most of
 * the export's time (800 one-cell sheets: 8 s; 1,600: 22 s). Every part of a new workbook has a new
 * name, so here the additions skip the look-up and the rebuild, and the directory is rebuilt once,
 * just before the container is written: the same container, in time linear in the parts.
 */
import XLSX from 'xlsx';

type Container = object;
type AddPart = (zip: Container, name: string, content: unknown, opts?: Record<string, unknown>) => unknown;
type WriteContainer = (zip: Container, opts?: unknown) => unknown;

interface CfbLibrary {
  write: WriteContainer;
  utils: { cfb_add: AddPart; cfb_gc: (zip: Container) => void };
}

const cfb = (XLSX as unknown as { CFB: CfbLibrary }).CFB;

/** Runs `write` (a synchronous SheetJS write) with part additions in constant time each. */
export function withLinearContainer<T>(write: () => T): T {
  const add = cfb.utils.cfb_add;
  const writeContainer = cfb.write;
  const names = new WeakMap<Container, Set<string>>();
  cfb.utils.cfb_add = (zip, name, content, opts) => {
    const seen = names.get(zip);
    if (!seen) {
      // The first part sets the container up (root and marker entries) the usual way.
      names.set(zip, new Set([name]));
      return add(zip, name, content, opts);
    }
    if (opts !== undefined || seen.has(name)) return add(zip, name, content, opts);
    seen.add(name);
    return add(zip, name, content, { unsafe: true });
  };
  cfb.write = (zip, opts) => {
    if (names.has(zip)) cfb.utils.cfb_gc(zip);
    return writeContainer(zip, opts);
  };
  try {
    return write();
  } finally {
    cfb.utils.cfb_add = add;
    cfb.write = writeContainer;
  }
}
