import { describe, expect, it } from 'vitest';
import { cleanSheetName, designSheetNames, FIXED_SHEETS, sheetRef } from '../../../src-main/export/sheetNames';
import { expectValidSheetName, twentyDesigns } from './fixtures';

describe('sheet names', () => {
  it('cleans forbidden characters, apostrophes at the ends, and length', () => {
    expect(cleanSheetName('a/b\\c[d]e:f*g?h', 'x')).toBe('a b c d e f g h');
    expect(cleanSheetName("'quoted'", 'x')).toBe('quoted');
    expect(cleanSheetName("It's", 'x')).toBe("It's");
    expect(cleanSheetName('   ', 'Design 3')).toBe('Design 3');
    expect(cleanSheetName('History', 'Design 3')).toBe('Design 3');
    expect(cleanSheetName('y'.repeat(40), 'x')).toBe('y'.repeat(31));
  });

  it('never cuts an emoji in half', () => {
    const name = cleanSheetName(`${'a'.repeat(30)}🚀🚀`, 'x');
    expect(Array.from(name)).toHaveLength(31);
    expect(name.endsWith('🚀')).toBe(true);
  });

  it('makes twenty odd names valid, unique ignoring case, and distinct from the fixed sheets', () => {
    const names = designSheetNames(twentyDesigns().map((d) => d.name));
    expect(names).toHaveLength(20);
    names.forEach(expectValidSheetName);
    const all = [...Object.values(FIXED_SHEETS), ...names].map((n) => n.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    expect(names[0]).toBe('Summary (2)');
    expect(names.slice(9, 12)).toEqual(['Same', 'SAME (2)', 'same (3)']);
    expect(names[3]!.endsWith(' (2)')).toBe(true);
  });

  it('quotes sheet names in references, doubling apostrophes', () => {
    expect(sheetRef("It's fine")).toBe("'It''s fine'!");
    expect(sheetRef('Prices')).toBe("'Prices'!");
  });
});
