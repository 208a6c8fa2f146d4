/** Whether a process id names a running process, for telling a live writer's files from a crashed one's. */

/** True when `pid` runs (or exists under another user); false when no such process is left. */
export function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
