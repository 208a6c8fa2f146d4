// The workbook container written with constant-time part additions (zipWriter.ts) holds exactly the
// parts SheetJS's own writer puts there, with the same contents; and the library is left as it was.
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { withLinearContainer } from '../../../src-main/export/zipWriter';

const write = (book: XLSX.WorkBook) =>
  XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;

function parts(bytes: Buffer): Array<[string, string]> {
  const container = XLSX.CFB.read(bytes, { type: 'buffer' }) as {
    FullPaths: string[];
    FileIndex: Array<{ content?: Uint8Array }>;
  };
  return container.FullPaths.map((path, i) => [
    path,
    Buffer.from(container.FileIndex[i]!.content ?? []).toString('base64'),
  ]);
}

describe('the workbook container', () => {
  it('has the same parts and contents as SheetJS writes them, for many sheets', () => {
    const book = XLSX.utils.book_new();
    for (let i = 0; i < 120; i++)
      XLSX.utils.book_append_sheet(
        book,
        XLSX.utils.aoa_to_sheet([[`Design ${i}`, i, { f: 'B1*2', v: i * 2 }]]),
        `S${i}`,
      );
    const add = (XLSX.CFB.utils as unknown as { cfb_add: unknown }).cfb_add;
    const linear = withLinearContainer(() => write(book));
    expect((XLSX.CFB.utils as unknown as { cfb_add: unknown }).cfb_add).toBe(add);
    expect(parts(linear)).toEqual(parts(write(book)));
    expect(XLSX.read(linear).SheetNames).toHaveLength(120);
  });

  it('restores the library even when the write throws', () => {
    const add = (XLSX.CFB.utils as unknown as { cfb_add: unknown }).cfb_add;
    expect(() =>
      withLinearContainer(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect((XLSX.CFB.utils as unknown as { cfb_add: unknown }).cfb_add).toBe(add);
  });
});
