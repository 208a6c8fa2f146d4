/**
 * Independent Erlang formulas for the tests: the textbook sums Σ Aᵏ/k!, evaluated in log space
 * (log-sum-exp) so they stay finite for thousands of servers. They share nothing with the recursive
 * form the engine uses.
 */

/** ln(Aᵏ/k!) for k = 0..n. */
function logTerms(n: number, erlangs: number): number[] {
  const out: number[] = [0];
  let logFactorial = 0;
  for (let k = 1; k <= n; k++) {
    logFactorial += Math.log(k);
    out.push(k * Math.log(erlangs) - logFactorial);
  }
  return out;
}

function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/** Erlang B by its defining sum: (A^N/N!) / Σ_{k≤N} Aᵏ/k!. */
export function erlangBBySum(servers: number, erlangs: number): number {
  const t = logTerms(servers, erlangs);
  return Math.exp(t[servers]! - logSumExp(t));
}

/** Erlang C by its defining sum: (A^N/N! · N/(N−A)) / (Σ_{k<N} Aᵏ/k! + A^N/N! · N/(N−A)). */
export function erlangCBySum(servers: number, erlangs: number): number {
  const t = logTerms(servers, erlangs);
  const last = t[servers]! + Math.log(servers / (servers - erlangs));
  return Math.exp(last - logSumExp([...t.slice(0, servers), last]));
}
