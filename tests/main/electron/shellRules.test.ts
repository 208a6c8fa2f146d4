import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, devServerUrlFor, isTrustedSender, resolveAppUrl } from '../../../src-main/electron/appProtocol';
import { isAllowedExternalUrl } from '../../../src-main/electron/externalLinks';
import { buildMenuTemplate, type MenuAction } from '../../../src-main/electron/menuTemplate';
import { DEFAULT_BOUNDS, fitToDisplays } from '../../../src-main/electron/windowState';

describe('external links', () => {
  it.each([
    ['https://aws.amazon.com/sagemaker/pricing/', true],
    ['https://docs.aws.amazon.com/sagemaker/latest/dg/deploy-model.html', true],
    ['http://aws.amazon.com/', false],
    ['https://evil.example.com/', false],
    ['https://aws.amazon.com.evil.example/', false],
    ['https://user:pass@aws.amazon.com/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});

describe('app:// protocol and IPC sender checks', () => {
  it('serves files inside the renderer folder only', () => {
    expect(resolveAppUrl('/r', 'app://infercalc/index.html')).toBe('/r/index.html');
    expect(resolveAppUrl('/r', 'app://infercalc/assets/a.js')).toBe('/r/assets/a.js');
    expect(resolveAppUrl('/r', 'app://infercalc/../../etc/passwd')).toBe('/r/etc/passwd');
    // The URL parser folds encoded dot segments, so this stays inside the folder too.
    expect(resolveAppUrl('/r', 'app://infercalc/%2e%2e/%2e%2e/etc/passwd')).toBe('/r/etc/passwd');
    expect(resolveAppUrl('/r', 'app://other/index.html')).toBeNull();
    expect(resolveAppUrl('/r', 'file:///r/index.html')).toBeNull();
  });

  it("trusts only the app's own top frame", () => {
    expect(isTrustedSender(APP_ENTRY_URL, true)).toBe(true);
    expect(isTrustedSender(APP_ENTRY_URL, false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender('file:///r/index.html', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', true, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', true, 'http://localhost:5173')).toBe(false);
  });
});

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

describe('native menu', () => {
  function findItem(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
    for (const item of items) {
      if (item.label === label) return item;
      if (Array.isArray(item.submenu)) {
        const found = findItem(item.submenu, label);
        if (found) return found;
      }
    }
    return undefined;
  }

  it('has File, Edit, View and Help, and routes File items to app actions', () => {
    const actions: MenuAction[] = [];
    const template = buildMenuTemplate('linux', { action: (a) => actions.push(a), openExternal: () => {} });
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'Help']);
    const labels = ['New Project', 'Open…', 'Save', 'Save As…', 'Export to Excel…', 'Comparison Summary as PDF…'];
    for (const label of [...labels, 'Undo', 'Redo']) {
      const item = findItem(template, label)!;
      (item.click as () => void)();
    }
    expect(actions).toEqual(['new', 'open', 'save', 'save-as', 'export', 'print', 'undo', 'redo']);
    expect(findItem(template, 'Undo')!.accelerator).toBe('CmdOrCtrl+Z');
    expect(findItem(template, 'Redo')!.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(findItem(template, 'Save')!.accelerator).toBe('CmdOrCtrl+S');
  });

  it('opens help pages through the external-link gate', () => {
    const opened: string[] = [];
    const template = buildMenuTemplate('linux', { action: () => {}, openExternal: (u) => opened.push(u) });
    (findItem(template, 'SageMaker pricing (AWS)')!.click as () => void)();
    expect(opened).toHaveLength(1);
    expect(isAllowedExternalUrl(opened[0]!)).toBe(true);
  });
});

describe('window position memory', () => {
  const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  const min = { width: 1024, height: 700 };

  it('restores saved bounds that lie on a display', () => {
    expect(fitToDisplays({ x: 100, y: 50, width: 1300, height: 900, maximized: false }, displays, min)).toEqual({
      x: 100,
      y: 50,
      width: 1300,
      height: 900,
    });
  });

  it('drops the position of a window whose display is gone, and enforces the minimum size', () => {
    expect(fitToDisplays({ x: 3000, y: 50, width: 500, height: 400, maximized: false }, displays, min)).toEqual({
      width: 1024,
      height: 700,
    });
  });

  it('uses defaults when nothing was saved', () => {
    expect(fitToDisplays(null, displays, min)).toBe(DEFAULT_BOUNDS);
  });
});

describe('dev-server URL (ELECTRON_RENDERER_URL)', () => {
  it('is honoured only in a development build, and only on loopback http', () => {
    expect(devServerUrlFor('http://localhost:5173', true)).toBe('http://localhost:5173');
    expect(devServerUrlFor('http://127.0.0.1:5173/', true)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrlFor('http://localhost:5173', false)).toBeUndefined();
    expect(devServerUrlFor(undefined, true)).toBeUndefined();
    for (const foreign of ['https://evil.example/', 'http://192.168.1.5:5173', 'file:///index.html', 'nonsense']) {
      expect(devServerUrlFor(foreign, true), foreign).toBeUndefined();
    }
    expect(devServerUrlFor('http://user:pw@localhost:5173', true)).toBeUndefined();
  });
});
