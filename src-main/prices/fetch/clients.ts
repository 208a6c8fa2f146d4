/**
 * AWS clients for price fetching, built by an injectable factory so tests can point real SDK clients
 * at a local server. Plain clients already honour AWS_ENDPOINT_URL_PRICING / _SAVINGSPLANS /
 * AWS_ENDPOINT_URL and the default credential chain, so no endpoint option of our own is needed.
 */
import { EC2Client } from '@aws-sdk/client-ec2';
import { PricingClient } from '@aws-sdk/client-pricing';
import { SavingsplansClient } from '@aws-sdk/client-savingsplans';
import { DEFAULT_TIMEOUTS, type NetworkTimeouts } from './timeouts';

/** The clients a refresh uses: Price List and Savings Plans (global), and EC2 per region for spot prices. */
export interface PriceApiClients {
  pricing: PricingClient;
  savingsPlans: SavingsplansClient;
  ec2(region: string): EC2Client;
}

/** What the caller may choose: a named profile from the shared config files. */
export interface ClientOptions {
  profile?: string;
  /** Connection and idle limits of every request (default DEFAULT_TIMEOUTS). */
  timeouts?: NetworkTimeouts;
}

/** Builds the clients for one refresh. */
export type PriceClientFactory = (options: ClientOptions) => PriceApiClients;

/**
 * The default factory. The Price List API lives in us-east-1 (also eu-central-1, ap-south-1) and serves
 * every region's prices; Savings Plans is a global endpoint in us-east-1; spot prices come from each
 * region's own EC2 endpoint. SDK retries are off because
 * fetch/retry.ts retries with its own backoff. Without the time limits a request to an endpoint that
 * never answers would wait for ever.
 */
export const defaultPriceClientFactory: PriceClientFactory = ({ profile, timeouts = DEFAULT_TIMEOUTS }) => {
  const common = {
    region: 'us-east-1',
    maxAttempts: 1,
    // The SDK builds its Node HTTP handler from these; socketTimeout is the limit on silence.
    requestHandler: { connectionTimeout: timeouts.connectMs, socketTimeout: timeouts.idleMs },
    ...(profile ? { profile } : {}),
  };
  return {
    pricing: new PricingClient(common),
    savingsPlans: new SavingsplansClient(common),
    ec2: (region) => new EC2Client({ ...common, region }),
  };
};
