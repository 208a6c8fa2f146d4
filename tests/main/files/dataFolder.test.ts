import { describe, expect, it } from 'vitest';
import { resolveDataFolder } from '../../../src-main/files/dataFolder';
import { parsePortArgument } from '../../../src-main/web/portArgument';

describe('data folder', () => {
  it("uses Electron's userData location for the app name on each OS", () => {
    expect(resolveDataFolder({ env: {}, platform: 'linux', homeDir: '/home/u' })).toBe('/home/u/.config/InferCalc');
    expect(resolveDataFolder({ env: { XDG_CONFIG_HOME: '/x' }, platform: 'linux', homeDir: '/home/u' })).toBe(
      '/x/InferCalc',
    );
    expect(resolveDataFolder({ env: {}, platform: 'darwin', homeDir: '/Users/u' })).toBe(
      '/Users/u/Library/Application Support/InferCalc',
    );
    expect(resolveDataFolder({ env: { APPDATA: '/appdata' }, platform: 'win32', homeDir: '/h' })).toMatch(
      /appdata.InferCalc$/,
    );
  });

  it('is overridden by INFERCALC_DATA_DIR', () => {
    expect(resolveDataFolder({ env: { INFERCALC_DATA_DIR: '/tmp/ic' }, platform: 'linux', homeDir: '/h' })).toBe(
      '/tmp/ic',
    );
  });
});

describe('web --port', () => {
  it('accepts --port N, --port=N and PORT, defaulting to 5757', () => {
    expect(parsePortArgument([], {})).toEqual({ ok: true, value: 5757 });
    expect(parsePortArgument(['--port', '0'], {})).toEqual({ ok: true, value: 0 });
    expect(parsePortArgument(['--port=8080'], {})).toEqual({ ok: true, value: 8080 });
    expect(parsePortArgument([], { PORT: '9000' })).toEqual({ ok: true, value: 9000 });
  });

  it('names a bad port or argument', () => {
    expect(parsePortArgument(['--port', 'abc'], {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('"abc"'),
    });
    expect(parsePortArgument(['--port', '70000'], {})).toMatchObject({ ok: false });
    expect(parsePortArgument(['--host', 'x'], {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('--host'),
    });
  });
});
