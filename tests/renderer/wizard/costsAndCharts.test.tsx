// A cost that cannot be computed shows as unavailable (never $0.00), the Compare step's charts fill
// their container, and the shared design fields (number fields, choices) still edit the design.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { FALLBACK_CHART_WIDTH } from '../../../src-renderer/components/compare/ChartArea';
import { goTo, renderWizard } from '../support/wizard';

const TOKENS_REASON = /cannot be priced: Bedrock is billed by tokens/;

describe('a design that cannot be priced for a missing input', () => {
  it('shows "—" with the reason in every step, never $0.00, and is left out of the cost curve', async () => {
    const store = await renderWizard();
    expect(store.project.current.workload.inputTokensPerRequest).toBeUndefined();
    await goTo(/Candidates/);
    const rec = screen
      .getAllByTestId('recommendation')
      .find((li) => li.querySelector('strong')!.textContent!.startsWith('Bedrock'))!;
    const recCost = within(rec).getByTestId('rec-cost');
    expect(recCost.getAttribute('data-unavailable')).toBe('true');
    expect(recCost.textContent).toMatch(TOKENS_REASON);
    expect(rec.textContent).not.toContain('$0.00');

    act(() => {
      store.designs.addNew('sagemaker-realtime');
      store.designs.addNew('bedrock');
    });
    expect(screen.getByTestId('editor-monthly').textContent).toMatch(TOKENS_REASON);

    await goTo(/Ways to pay/);
    const [, bedrockCard] = screen.getAllByTestId('pay-card');
    expect(within(bedrockCard!).getByTestId('pay-monthly').textContent).toMatch(TOKENS_REASON);

    await goTo(/Compare/);
    const [priced, unpriced] = screen.getAllByTestId('cmp-monthly');
    expect(Number(priced!.getAttribute('data-usd'))).toBeGreaterThan(0);
    expect(unpriced!.getAttribute('data-usd')).toBe('null');
    expect(unpriced!.textContent).toMatch(TOKENS_REASON);
    expect(screen.getAllByTestId('cmp-yearly')[1]!.textContent).toBe('—');
    const bedrockColumn = Array.from(screen.getByTestId('comparison-table').querySelectorAll(':scope > tbody > tr'))
      .map((tr) => tr.querySelectorAll(':scope > td')[1]!.textContent)
      .join(' | ');
    expect(bedrockColumn).not.toContain('$0.00');
    expect(screen.getByTestId('curve-unpriced').textContent).toContain('Bedrock');

    // With token counts it is priced again, like any design.
    act(() =>
      store.project.edit((p) => Object.assign(p.workload, { inputTokensPerRequest: 500, outputTokensPerRequest: 200 })),
    );
    expect(screen.getAllByTestId('cmp-monthly')[1]!.getAttribute('data-usd')).not.toBe('null');
    expect(screen.queryByTestId('curve-unpriced')).toBeNull();
  });
});

describe('Compare step charts', () => {
  let error: MockInstance;
  let warn: MockInstance;
  beforeEach(() => {
    error = vi.spyOn(console, 'error');
    warn = vi.spyOn(console, 'warn');
  });
  afterEach(() => {
    error.mockRestore();
    warn.mockRestore();
  });

  it('fill their container (fixed fallback size where it cannot be measured) without console errors', async () => {
    const store = await renderWizard();
    act(() => {
      const a = store.designs.addNew('sagemaker-realtime');
      store.designs.addNew('sagemaker-serverless');
      store.designs.setPurchaseType(a, 'sagemaker-savings-plan');
      store.designs.patchPurchase(a, { discountPercent: 30 });
    });
    await goTo(/Compare/);
    for (const id of ['chart-cost-traffic', 'chart-hourly', 'chart-break-even']) {
      const figure = screen.getByTestId(id);
      const box = figure.querySelector<HTMLElement>('.recharts-responsive-container');
      expect(box, id).not.toBeNull();
      expect(box!.style.width).toBe('100%');
      expect(figure.querySelector('.recharts-wrapper > svg')!.getAttribute('width')).toBe(String(FALLBACK_CHART_WIDTH));
    }
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('shared design fields', () => {
  it('choices and number fields edit the design in the editor and the ways-to-pay step', async () => {
    const store = await renderWizard();
    let id = 0;
    act(() => {
      const d = store.designs.addNew('ec2');
      store.designs.setPurchaseType(d, 'reserved-instance');
      id = store.designs.idOf(d);
    });
    const design = () => store.designs.designs.find((d) => store.designs.idOf(d) === id)!;
    await goTo(/Ways to pay/);
    await userEvent.selectOptions(screen.getByLabelText('Offering class'), 'convertible');
    await userEvent.selectOptions(screen.getByLabelText('Payment'), 'all-upfront');
    await userEvent.selectOptions(screen.getByLabelText('Term'), '3');
    expect(design().purchase).toMatchObject({ offeringClass: 'convertible', payment: 'all-upfront', termYears: 3 });
    expect(
      Array.from((screen.getByLabelText('Offering class') as HTMLSelectElement).options).map((o) => o.textContent),
    ).toEqual(['Standard', 'Convertible']);

    act(() => {
      store.designs.addNew('lambda');
    });
    await goTo(/Candidates/);
    await userEvent.selectOptions(screen.getByLabelText('Architecture'), 'arm64');
    const lambda = store.designs.designs.find((d) => d.hosting.type === 'lambda')!;
    expect(lambda.hosting).toMatchObject({ architecture: 'arm64' });
    const memory = screen.getByTestId('design-memoryMB');
    await userEvent.clear(memory);
    await userEvent.type(memory, '2048');
    expect(lambda.hosting).toMatchObject({ memoryMB: 2048 });
  });
});

describe('latency in the comparison', () => {
  it('a batch job’s latency reads in hours, a request’s in milliseconds', async () => {
    const store = await renderWizard();
    act(() => {
      store.designs.addNew('sagemaker-realtime');
      const batch = store.designs.addNew('sagemaker-batch');
      store.designs.patchHosting(batch, { hoursPerJob: 1.5 });
    });
    await goTo(/Compare/);
    const cells = screen.getAllByTestId('cmp-latency').map((td) => td.textContent);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toMatch(/^\d+ ms$/);
    expect(cells[1]).toBe('1.5 h');
  });
});
