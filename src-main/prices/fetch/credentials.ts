/**
 * Whether AWS credentials can be had, asked of a real client's own credential provider (the SDK's
 * default chain, or the named profile) with a time limit, so a refresh can choose its source and the
 * app can say whether the Price List API is open to it.
 */
import type { PriceApiClients } from './clients';

/** How long the credential chain may take (it can probe SSO or the instance metadata service). */
export const CREDENTIALS_CHECK_MS = 5_000;

/** True when the chain yields credentials within the time limit. */
export async function credentialsFound(clients: PriceApiClients, withinMs = CREDENTIALS_CHECK_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), withinMs);
    timer.unref();
  });
  try {
    const provider = clients.pricing.config.credentials;
    const found = provider()
      .then((c) => Boolean(c?.accessKeyId))
      .catch(() => false);
    return await Promise.race([found, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
