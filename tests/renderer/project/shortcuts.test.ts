// Which key presses are file shortcuts.
import { describe, expect, it } from 'vitest';
import { shortcutAction } from '../../../src-renderer/stores/project/shortcuts';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => shortcutAction({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcutAction', () => {
  it('maps Ctrl or Cmd with N, O, S, Shift+S and E', () => {
    expect(key('n', { ctrlKey: true })).toBe('new');
    expect(key('o', { metaKey: true })).toBe('open');
    expect(key('s', { ctrlKey: true })).toBe('save');
    expect(key('S', { ctrlKey: true, shiftKey: true })).toBe('save-as');
    expect(key('e', { metaKey: true })).toBe('export');
  });

  it('ignores plain keys, Alt combinations and other letters', () => {
    expect(key('s')).toBeNull();
    expect(key('s', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('x', { ctrlKey: true })).toBeNull();
    expect(key('n', { ctrlKey: true, shiftKey: true })).toBeNull();
  });
});
