/** Unit conversions shared by the domain. Billing conventions (730-hour month, 2^30-byte GB) live in results.ts. */

export const SECONDS_PER_HOUR = 3600;
/** A year of 8,760 hours (365 days), the term length AWS uses to amortize reservations. */
export const HOURS_PER_YEAR = 8760;
export const BYTES_PER_KIB = 1024;
/**
 * AWS quotes payload limits in "MB". Lambda's documented 6 MB limit is 6,291,456 bytes, i.e. 2^20-byte
 * megabytes, so limits here are stored in bytes with 1 MB = 2^20 bytes.
 */
export const BYTES_PER_MB = 2 ** 20;
export const MB_PER_GB = 1024;

/** "8 MiB", "300 KiB": a byte count in the largest binary unit that keeps it readable. */
export function formatBytes(bytes: number): string {
  if (bytes >= BYTES_PER_MB) return `${round(bytes / BYTES_PER_MB)} MiB`;
  if (bytes >= BYTES_PER_KIB) return `${round(bytes / BYTES_PER_KIB)} KiB`;
  return `${round(bytes)} bytes`;
}

/** Rounds for messages only (3 significant decimals), never for money arithmetic. */
export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
