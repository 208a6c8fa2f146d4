/**
 * Erlang's formulas for c parallel workers fed by Poisson arrivals with an offered load of A erlangs
 * (A = arrival rate × mean service time):
 * - Erlang B, the M/M/c/c loss system: the share of arrivals that find every worker busy and are
 *   turned away. It depends on the service-time distribution only through its mean (the insensitivity
 *   property), so it holds for M/G/c/c too: throttling at a concurrency limit.
 * - Erlang C, the M/M/c queue: the probability that an arrival has to wait, and the waiting time,
 *   which beyond zero is exponential with rate (c − A) / S.
 * Both use the recursive form B(k) = A·B(k−1) / (k + A·B(k−1)), B(0) = 1: no factorials or powers,
 * so it stays accurate for thousands of workers where the textbook sum overflows.
 */

/** Erlang B: the probability that an arrival finds all `servers` busy (lost), for `erlangs` offered. */
export function erlangB(servers: number, erlangs: number): number {
  checkServers(servers);
  checkLoad(erlangs);
  if (erlangs === 0) return servers === 0 ? 1 : 0;
  let b = 1;
  // Once b underflows to 0 every later step stays 0: stop there (Lambda limits run to thousands).
  for (let k = 1; k <= servers && b > 0; k++) b = (erlangs * b) / (k + erlangs * b);
  return b;
}

/**
 * Erlang B for servers = from, from+1, … : calls `visit(servers, blocking)` for each, stopping when it
 * returns true or at `limit`. One multiply-divide per step, for searches that walk upward.
 * Returns the server count it stopped at, or null when `limit` was passed first.
 */
export function walkErlangB(
  erlangs: number,
  from: number,
  limit: number,
  visit: (servers: number, blocking: number) => boolean,
): number | null {
  checkLoad(erlangs);
  checkServers(from);
  let b = erlangs === 0 && from > 0 ? 0 : erlangB(from, erlangs);
  for (let c = from; c <= limit; c++) {
    if (c > from) b = erlangs === 0 ? 0 : (erlangs * b) / (c + erlangs * b);
    if (visit(c, b)) return c;
  }
  return null;
}

/** Erlang C from the Erlang B value of the same servers and load: C = B / (1 − ρ(1 − B)), ρ = A / c. */
export function erlangCFromB(servers: number, erlangs: number, blocking: number): number {
  if (erlangs >= servers) return 1;
  const rho = erlangs / servers;
  return blocking / (1 - rho * (1 - blocking));
}

/**
 * Erlang C: the probability that an arrival has to wait in an M/M/c queue. 1 when the load reaches the
 * servers (A ≥ c: the queue grows without bound), 0 with no load.
 */
export function erlangC(servers: number, erlangs: number): number {
  checkServers(servers);
  checkLoad(erlangs);
  if (erlangs === 0) return 0;
  if (erlangs >= servers) return 1;
  return erlangCFromB(servers, erlangs, erlangB(servers, erlangs));
}

/** The waiting time of an M/M/c queue: P(wait > t) = probabilityOfWaiting × exp(−decayPerSecond × t). */
export interface WaitDistribution {
  /** Erlang C: the share of arrivals that wait at all. */
  probabilityOfWaiting: number;
  /** (c − A) / S, per second; 0 when the queue is unstable. */
  decayPerSecond: number;
  /** False when the load reaches the servers: the wait grows without bound. */
  stable: boolean;
}

/** The M/M/c waiting-time distribution for an arrival rate, a mean service time and c workers. */
export function waitDistribution(arrivalsPerSecond: number, serviceSeconds: number, servers: number): WaitDistribution {
  if (!(serviceSeconds > 0) || !Number.isFinite(serviceSeconds))
    throw new RangeError(`service time must be a positive number of seconds (got ${serviceSeconds})`);
  if (!(arrivalsPerSecond >= 0) || !Number.isFinite(arrivalsPerSecond))
    throw new RangeError(`arrival rate must be a finite number ≥ 0 (got ${arrivalsPerSecond})`);
  const erlangs = arrivalsPerSecond * serviceSeconds;
  return waitFromBlocking(servers, erlangs, serviceSeconds, erlangs === 0 ? 0 : erlangB(servers, erlangs));
}

/** The wait distribution from an Erlang B value already at hand (searches that walk c upward). */
export function waitFromBlocking(
  servers: number,
  erlangs: number,
  serviceSeconds: number,
  blocking: number,
): WaitDistribution {
  if (erlangs === 0) return { probabilityOfWaiting: 0, decayPerSecond: Infinity, stable: true };
  if (erlangs >= servers) return { probabilityOfWaiting: 1, decayPerSecond: 0, stable: false };
  return {
    probabilityOfWaiting: erlangCFromB(servers, erlangs, blocking),
    decayPerSecond: (servers - erlangs) / serviceSeconds,
    stable: true,
  };
}

/** P(wait ≤ t): the waiting-time distribution function (t in seconds). */
export function waitCdf(wait: WaitDistribution, seconds: number): number {
  if (seconds < 0) return 0;
  if (!wait.stable) return 0;
  if (wait.probabilityOfWaiting === 0) return 1;
  return 1 - wait.probabilityOfWaiting * Math.exp(-wait.decayPerSecond * seconds);
}

/**
 * The wait that a share `level` (0 < level < 1) of arrivals does not exceed, in seconds: 0 when at
 * least that share never waits, Infinity when the queue is unstable.
 */
export function waitQuantile(wait: WaitDistribution, level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`quantile level must be between 0 and 1 (got ${level})`);
  if (!wait.stable) return Infinity;
  const tail = 1 - level;
  if (wait.probabilityOfWaiting <= tail) return 0;
  return Math.log(wait.probabilityOfWaiting / tail) / wait.decayPerSecond;
}

/** The mean wait in seconds (Erlang C ÷ decay rate; "average speed of answer" in call-centre terms). */
export function meanWait(wait: WaitDistribution): number {
  if (!wait.stable) return Infinity;
  return wait.probabilityOfWaiting === 0 ? 0 : wait.probabilityOfWaiting / wait.decayPerSecond;
}

/**
 * The fewest servers that keep Erlang B blocking at or below `share` for `erlangs` offered: how many
 * concurrent executions keep throttling (or spill-over past provisioned concurrency) under a share.
 * Null when more than `limit` would be needed.
 */
export function serversForBlocking(erlangs: number, share: number, limit = Number.MAX_SAFE_INTEGER): number | null {
  if (!(share > 0 && share < 1)) throw new RangeError(`blocking share must be between 0 and 1 (got ${share})`);
  checkLoad(erlangs);
  if (erlangs === 0) return 0;
  return walkErlangB(erlangs, 1, limit, (_c, b) => b <= share);
}

function checkServers(servers: number): void {
  if (!Number.isInteger(servers) || servers < 0)
    throw new RangeError(`the number of servers must be a whole number ≥ 0 (got ${servers})`);
}

function checkLoad(erlangs: number): void {
  if (!(erlangs >= 0) || !Number.isFinite(erlangs))
    throw new RangeError(`offered load must be a finite number of erlangs ≥ 0 (got ${erlangs})`);
}
