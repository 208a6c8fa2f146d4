// A failed refresh in the app's words: no command-line advice, a profile picker from the user's AWS
// files after a credentials failure, and a retry with the chosen profile.
// (The fake API takes a value with an `ok` field for an envelope: the failed reports are wrapped in one.)
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RefreshReportDto } from '@shared/api/schemas/prices';
import { PricesBar } from '../../../src-renderer/components/prices/PricesBar';
import { StoreContext } from '../../../src-renderer/stores/context';
import { startedStore } from '../priceFixture';
import { refreshReport } from '../support/refreshReport';

const failed = (errorKind: RefreshReportDto['errorKind'], error: string) =>
  refreshReport('failed', { errorKind, error });

/** The prices bar over a store whose refresh answers as given. */
async function renderBar(handlers: Parameters<typeof startedStore>[0]) {
  const started = await startedStore(handlers);
  render(
    <StoreContext.Provider value={started.store}>
      <PricesBar />
    </StoreContext.Provider>,
  );
  return started;
}

describe('refresh errors', () => {
  it('asks for a profile in the app’s words after a credentials failure, and retries with it', async () => {
    const cliAdvice =
      'AWS credentials are missing or not accepted (Could not load credentials from any providers). Configure the default credential chain (environment, ~/.aws files, SSO) or pass --profile; the app keeps using cached or snapshot prices.';
    const { fake } = await renderBar({
      'prices.refresh': () => ({ ok: true, result: failed('credentials', cliAdvice) }),
      'prices.profiles': () => ({
        profiles: ['default', 'dev'],
        defaultProfile: 'default',
        environmentCredentials: false,
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Refresh prices' }));
    const error = await screen.findByTestId('refresh-error');
    expect(error.textContent).toContain('AWS did not accept the credentials, or none were found.');
    expect(error.textContent).not.toContain('--profile');
    const picker = await within(error).findByLabelText('AWS profile');
    expect([...(picker as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Default (default)',
      'default',
      'dev',
    ]);
    await userEvent.selectOptions(picker, 'dev');
    await userEvent.click(within(error).getByRole('button', { name: 'Try again with this profile' }));
    const refreshes = fake.calls.filter((c) => c.operation === 'prices.refresh');
    expect(refreshes.at(-1)!.request).toEqual({ regions: ['us-east-1'], profile: 'dev' });
    expect((await screen.findByTestId('refresh-error')).textContent).toContain('of the profile “dev”');
    // No credentials needed: AWS's public price files.
    await userEvent.click(await screen.findByRole('button', { name: "Use AWS's public price files (no credentials)" }));
    expect(fake.calls.filter((c) => c.operation === 'prices.refresh').at(-1)!.request).toEqual({
      regions: ['us-east-1'],
      profile: 'dev',
      source: 'public',
    });
  });

  it('says a network failure in words, the technical message under details', async () => {
    await renderBar({
      'prices.refresh': () => ({
        ok: true,
        result: failed('network', 'getaddrinfo ENOTFOUND api.pricing.us-east-1.amazonaws.com'),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Refresh prices' }));
    const error = await screen.findByTestId('refresh-error');
    expect(error.textContent).toContain('AWS could not be reached');
    expect(error.textContent).not.toContain('ENOTFOUND');
    expect(screen.queryByTestId('refresh-help')).toBeNull();
  });
});
