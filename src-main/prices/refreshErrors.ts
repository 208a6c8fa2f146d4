/** Turns a failed fetch into a message a person can act on, and a kind the CLI maps to an exit code. */
import type { RefreshReport } from './refreshTypes';

const CREDENTIAL_NAMES = new Set([
  'CredentialsProviderError',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'AccessDeniedException',
  'SignatureDoesNotMatch',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

/** The fetch succeeded but the cache could not be written (disk full, folder not writable). */
export class CacheWriteError extends Error {
  constructor(dataFolder: string, cause: unknown) {
    super(
      `the price cache could not be written in ${dataFolder} (${(cause as Error | undefined)?.message ?? String(cause)})`,
      { cause },
    );
    this.name = 'CacheWriteError';
  }
}

/** Kind and message for a refresh failure; `source` says which servers were asked. */
export function describeRefreshError(
  error: unknown,
  source: 'api' | 'public' = 'api',
): {
  kind: NonNullable<RefreshReport['errorKind']>;
  message: string;
} {
  const e = (error ?? {}) as { name?: string; code?: string; message?: string; cause?: { code?: string } };
  const name = e.name ?? '';
  const message = e.message ?? String(error);
  // First: a disk error's message may well mention a "connection" or "credentials" folder.
  if (error instanceof CacheWriteError)
    return { kind: 'cache', message: `${message}. The fetched prices were not kept` };
  if (name === 'CacheLockTimeoutError')
    return { kind: 'cache', message: `${message}. The fetched prices were not kept; try again when it is done` };
  if (CREDENTIAL_NAMES.has(name) || /credential/i.test(message)) {
    return {
      kind: 'credentials',
      message: `AWS credentials are missing or not accepted (${message}). Configure the default credential chain (environment, ~/.aws files, SSO) or pass --profile; the app keeps using cached or snapshot prices.`,
    };
  }
  const code = e.code ?? e.cause?.code;
  const servers = source === 'api' ? 'the AWS price APIs' : "AWS's public price list";
  if (name === 'TimeoutError') {
    return {
      kind: 'network',
      message: `${servers} did not answer in time (${message}). Check the network, or try again later; the app keeps using cached or snapshot prices.`,
    };
  }
  if (
    (code && NETWORK_CODES.has(code)) ||
    name === 'IncompleteDownload' ||
    /getaddrinfo|socket hang up|connect/i.test(message)
  ) {
    return {
      kind: 'network',
      message: `${servers} could not be reached or the connection dropped (${code && !/dropped|ended/.test(message) ? code : message}). Check the network; the app keeps using cached or snapshot prices.`,
    };
  }
  if (source === 'public') return { kind: 'api', message: `AWS's public price list could not be used: ${message}` };
  return { kind: 'api', message: `the AWS price API answered with an error: ${name ? `${name}: ` : ''}${message}` };
}
