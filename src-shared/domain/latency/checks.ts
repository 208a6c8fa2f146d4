/** Argument checks shared by the latency models: a bad value throws a RangeError that names it. */

/** `n` if it is a finite number above 0; otherwise throws naming `what`. */
export function positive(n: number, what: string): number {
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`${what} must be a positive number (got ${n})`);
  return n;
}

/** `n` if it is a finite number ≥ 0; otherwise throws naming `what`. */
export function nonNegative(n: number, what: string): number {
  if (!(n >= 0) || !Number.isFinite(n)) throw new RangeError(`${what} must be a finite number ≥ 0 (got ${n})`);
  return n;
}

/** `n` if it is a share between 0 and 1; otherwise throws naming `what`. */
export function share(n: number, what: string): number {
  if (!(n >= 0 && n <= 1)) throw new RangeError(`${what} must be between 0 and 1 (got ${n})`);
  return n;
}
