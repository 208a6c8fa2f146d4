/**
 * The native menu as data: File (New, Open, Save, Save As, Export, summary PDF), Edit (Undo, Redo and
 * the clipboard), View, Help. File and Edit actions are routed to the renderer as `menu.action` events, where the app's stores handle them, so the
 * menu, the keyboard shortcuts and the buttons in the page all run the same action.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '@shared/api/contract';

export type MenuAction = EventPayload<'menu.action'>['action'];

export interface MenuHandlers {
  action(action: MenuAction): void;
  openExternal(url: string): void;
}

export const HELP_URL = 'https://docs.aws.amazon.com/sagemaker/latest/dg/deploy-model.html';
export const PRICING_URL = 'https://aws.amazon.com/sagemaker/pricing/';

export function buildMenuTemplate(platform: NodeJS.Platform, handlers: MenuHandlers): MenuItemConstructorOptions[] {
  const send = (action: MenuAction) => () => handlers.action(action);
  const appMenu: MenuItemConstructorOptions[] =
    platform === 'darwin'
      ? [{ label: 'InferCalc', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'quit' }] }]
      : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        { label: 'New Project', accelerator: 'CmdOrCtrl+N', click: send('new') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: send('save') },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
        { type: 'separator' },
        { label: 'Export to Excel…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { label: 'Comparison Summary as PDF…', accelerator: 'CmdOrCtrl+P', click: send('print') },
        ...(platform === 'darwin' ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      // Undo and Redo are the project's (every edit, as in the page), not a text field's alone.
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Help',
      submenu: [
        { label: 'SageMaker hosting options (AWS docs)', click: () => handlers.openExternal(HELP_URL) },
        { label: 'SageMaker pricing (AWS)', click: () => handlers.openExternal(PRICING_URL) },
        ...(platform === 'darwin' ? [] : [{ label: 'About InferCalc', click: send('about') }]),
      ],
    },
  ];
}
