/**
 * Remembers the window's size and position in the data folder (window-state.json), validated on
 * load and fitted to the displays present now, so a window never opens off-screen.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

const StoredStateSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type StoredWindowState = z.infer<typeof StoredStateSchema>;

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };

/** Keeps the saved bounds if their centre lies on a display and they fit; otherwise defaults. */
export function fitToDisplays(
  saved: StoredWindowState | null,
  displays: DisplayArea[],
  min: { width: number; height: number },
): WindowBounds {
  if (!saved) return DEFAULT_BOUNDS;
  const cx = saved.x + saved.width / 2;
  const cy = saved.y + saved.height / 2;
  const display = displays.find((d) => cx >= d.x && cx < d.x + d.width && cy >= d.y && cy < d.y + d.height);
  if (!display) return { width: Math.max(saved.width, min.width), height: Math.max(saved.height, min.height) };
  const width = Math.min(Math.max(saved.width, min.width), display.width);
  const height = Math.min(Math.max(saved.height, min.height), display.height);
  return { x: saved.x, y: saved.y, width, height };
}

export class WindowStateFile {
  private readonly path: string;

  constructor(dataFolder: string) {
    this.path = join(dataFolder, 'window-state.json');
  }

  /** The saved state, or null when there is none or it is unreadable (never throws). */
  load(): StoredWindowState | null {
    try {
      const parsed = StoredStateSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Written via a temporary file and a rename, so a crash never leaves half a file. */
  save(state: StoredWindowState): void {
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, this.path);
  }
}
