/**
 * The one data folder shared by the desktop app, the web mode and the CLI (README, "Where data lives"): Electron's
 * userData folder for the app name "InferCalc", or INFERCALC_DATA_DIR. Computed here without
 * Electron so that the CLI and the web server find the same folder the desktop app uses.
 */
import { isAbsolute, join, resolve } from 'node:path';

export const APP_NAME = 'InferCalc';

export interface DataFolderInputs {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homeDir: string;
}

/** Where InferCalc keeps its price cache, autosave and settings. */
export function resolveDataFolder({ env, platform, homeDir }: DataFolderInputs): string {
  const override = env['INFERCALC_DATA_DIR'];
  if (override && override.trim() !== '') return isAbsolute(override) ? override : resolve(override);
  if (platform === 'darwin') return join(homeDir, 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homeDir, 'AppData', 'Roaming'), APP_NAME);
  const configHome = env['XDG_CONFIG_HOME'];
  return join(configHome && isAbsolute(configHome) ? configHome : join(homeDir, '.config'), APP_NAME);
}
