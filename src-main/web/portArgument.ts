/** Parses `--port N` / `--port=N` (or the PORT variable) for the web mode. */
export type PortResult = { ok: true; value: number } | { ok: false; message: string };

export const DEFAULT_WEB_PORT = 5757;

export function parsePortArgument(argv: string[], env: Record<string, string | undefined>): PortResult {
  let raw: string | undefined = env['PORT'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port') raw = argv[++i];
    else if (arg.startsWith('--port=')) raw = arg.slice('--port='.length);
    else return { ok: false, message: `unknown argument "${arg}" (usage: npm run web -- [--port N])` };
  }
  if (raw === undefined || raw === '') return { ok: true, value: DEFAULT_WEB_PORT };
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    return { ok: false, message: `--port must be a whole number from 0 to 65535, got "${raw}"` };
  }
  return { ok: true, value };
}
