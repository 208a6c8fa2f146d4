// Runs the built main process (out/main/index.js) in a child Node process with the recording
// `electron` stand-in (electronStandIn.cjs), and talks to the stand-in over the fork's IPC channel.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { repoRoot } from './projectCopy';

export const outDir = join(repoRoot, 'out');
const standIn = join(__dirname, 'electronStandIn.cjs');

/** One recorded Electron call: its name, then its arguments as JSON. */
export type Call = [string, ...unknown[]];

export interface WindowState {
  id: number;
  options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
  loaded: string[];
  maximized: boolean;
  shown: boolean;
  minimized: boolean;
  focused: boolean;
  destroyed: boolean;
  sent: [string, unknown][];
  contentsListeners: string[];
  hasWindowOpenHandler: boolean;
}

export interface MenuItemShape {
  label?: string;
  role?: string;
  submenu?: MenuItemShape[];
}

export interface StandInState {
  calls: Call[];
  problems: string[];
  appListeners: string[];
  ipcChannels: string[];
  protocolSchemes: string[];
  sessionHandlers: string[];
  sessionListeners: string[];
  menu: MenuItemShape[] | null;
  windows: WindowState[];
}

export interface BootedMain {
  dataFolder: string;
  send<T = StandInState>(command: string, args?: Record<string, unknown>): Promise<T>;
  /** Everything main wrote to stderr so far. */
  stderr(): string;
  stop(): void;
}

/** Builds once when no build is there yet (CI builds before testing). */
export function ensureBuilt(): void {
  if (existsSync(join(outDir, 'main', 'index.js')) && existsSync(join(outDir, 'preload', 'index.js'))) return;
  execFileSync(
    process.execPath,
    [join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: repoRoot,
      stdio: 'ignore',
    },
  );
}

/**
 * Starts the built main process (this checkout's, or `entry`). `prepare` may write files into the
 * data folder first. The environment starts clean of ELECTRON_* settings from the suite's own.
 */
export async function bootMain(
  env: Record<string, string> = {},
  prepare: (dataFolder: string) => void = () => {},
  entry = join(outDir, 'main', 'index.js'),
): Promise<BootedMain> {
  const dataFolder = mkdtempSync(join(tmpdir(), 'infercalc-boot-'));
  prepare(dataFolder);
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(childEnv))
    if (key.startsWith('ELECTRON_') || key.startsWith('STANDIN_')) delete childEnv[key];
  const child: ChildProcess = fork(entry, [], {
    execArgv: ['--require', standIn],
    env: { ...childEnv, INFERCALC_DATA_DIR: dataFolder, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.resume();
  let nextId = 0;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  child.on('message', (message: { id: number; result?: unknown; error?: string }) => {
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiter?.reject(new Error(message.error));
    else waiter?.resolve(message.result);
  });
  child.on('exit', (code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`main exited (${code}): ${stderr}`));
    pending.clear();
  });
  return {
    dataFolder,
    send: <T>(command: string, args?: Record<string, unknown>) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, command, args });
      }),
    stderr: () => stderr,
    stop: () => {
      child.kill();
      rmSync(dataFolder, { recursive: true, force: true });
    },
  };
}

/** The recorded calls with this name (their arguments). */
export const callsNamed = (state: StandInState, name: string): unknown[][] =>
  state.calls.filter((c) => c[0] === name).map((c) => c.slice(1));

/** The position of the first call with this name, or -1. */
export const indexOfCall = (state: StandInState, name: string): number => state.calls.findIndex((c) => c[0] === name);
