// The wizard's important interactions, through the components as a person uses them.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { goTo, renderWizard } from '../support/wizard';

describe('wizard steps', () => {
  it('shows the message next to a field typed invalid, keeping what was typed', async () => {
    const store = await renderWizard();
    const field = screen.getByLabelText(/Inference time per request/);
    await userEvent.clear(field);
    await userEvent.type(field, 'abc');
    expect((field as HTMLInputElement).value).toBe('abc');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(message.textContent).toBe('"abc" is not a number');
    expect(field.parentElement!.contains(message)).toBe(true);
    expect(store.project.current.workload.inferenceMs).toBe(100);
    await userEvent.clear(field);
    await userEvent.type(field, '80');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(store.project.current.workload.inferenceMs).toBe(80);
  });

  it('fills the hourly profile from a pasted spreadsheet column and draws it', async () => {
    const store = await renderWizard();
    await userEvent.selectOptions(screen.getByLabelText('Traffic pattern'), 'hourly');
    const box = screen.getByLabelText(/Hourly profile/);
    await userEvent.clear(box);
    const column = Array.from({ length: 24 }, (_, h) => (h === 12 ? '42' : '1')).join('\n');
    await userEvent.click(box);
    await userEvent.paste(column);
    const t = store.project.current.workload.traffic;
    expect(t.pattern === 'hourly' && t.requestsPerSecond).toEqual(
      Array.from({ length: 24 }, (_, h) => (h === 12 ? 42 : 1)),
    );
    expect(within(screen.getByTestId('week-chart')).getByText(/peak 42/)).toBeTruthy();
    expect(screen.getByTestId('workload-summary').textContent).toContain('peak 42');
  });

  it('adds, duplicates and removes designs', async () => {
    const store = await renderWizard();
    await goTo(/Candidates/);
    await userEvent.selectOptions(screen.getByLabelText('New design hosting'), 'sagemaker-serverless');
    await userEvent.click(screen.getByRole('button', { name: 'Add design' }));
    expect(screen.getAllByTestId('design-item')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate SageMaker serverless inference' }));
    expect(screen.getAllByTestId('design-item').map((li) => li.querySelector('strong')!.textContent)).toEqual([
      'SageMaker serverless inference',
      'SageMaker serverless inference (copy)',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove SageMaker serverless inference' }));
    expect(store.designs.designs.map((d) => d.name)).toEqual(['SageMaker serverless inference (copy)']);
    // The editor edits the remaining one; an invalid concurrency stays with its message.
    const max = screen.getByLabelText(/Maximum concurrency/);
    await userEvent.clear(max);
    await userEvent.type(max, '999');
    expect(document.getElementById(max.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toMatch(/200/);
  });

  it('updates the totals when a Savings Plan is chosen', async () => {
    const store = await renderWizard();
    act(() => {
      const d = store.designs.addNew('sagemaker-realtime');
      store.designs.patchHosting(d, { instanceType: 'ml.c5.xlarge', instanceCount: 2 });
    });
    await goTo(/Ways to pay/);
    const card = screen.getByTestId('pay-card');
    const before = within(card).getByTestId('pay-monthly').textContent;
    expect(before).toContain('$');
    await userEvent.click(within(card).getByRole('radio', { name: 'SageMaker Savings Plan' }));
    expect(within(card).getByTestId('pay-monthly').textContent).toMatch(/^— price unavailable: /);
    const missing = within(card).getByTestId('missing-rates');
    const reason = missing.querySelector('.warn')!.textContent!;
    expect(reason).toMatch(/^price unavailable: no SageMaker Savings Plan rate/);
    // The reason shows once, under the missing prices; the header points there.
    expect(card.textContent!.split(reason).length - 1).toBe(1);
    expect(within(card).getByTestId('pay-monthly').textContent).toBe(
      '— price unavailable: see the missing price below',
    );
    await userEvent.type(within(card).getByLabelText(/Plan discount \(user-provided\)/), '40');
    const after = within(card).getByTestId('pay-monthly').textContent!;
    expect(after).not.toBe(before);
    const amount = (s: string) => Number(s.replace(/[^0-9.]/g, ''));
    expect(amount(after)).toBeLessThan(amount(before!));
    expect(within(card).getByTestId('commitment-panel').textContent).toMatch(/Break-even utilization60%/);
  });

  it('marks the cheapest feasible design in the comparison', async () => {
    const store = await renderWizard();
    act(() => {
      const a = store.designs.addNew('sagemaker-realtime');
      store.designs.patchHosting(a, { instanceCount: 3 });
      store.designs.rename(a, 'Three instances');
      const b = store.designs.addNew('sagemaker-realtime');
      store.designs.rename(b, 'One instance');
      const c = store.designs.addNew('sagemaker-realtime');
      store.designs.setPurchaseType(c, 'spot');
      store.designs.rename(c, 'Spot on SageMaker');
    });
    await goTo(/Compare/);
    const heads = screen.getAllByTestId('cmp-design');
    const marked = heads.filter((h) => within(h).queryByTestId('cheapest-badge'));
    expect(marked.map((h) => h.firstChild!.textContent)).toEqual(['One instance']);
    expect(screen.getByTestId('chart-cost-traffic')).toBeTruthy();
    expect(screen.getByTestId('chart-hourly')).toBeTruthy();
    // Cost per 1,000 requests: at most 4 significant digits (no "$0.00332501").
    const per1k = screen.getByRole('rowheader', { name: 'Per 1,000 requests' }).parentElement!;
    const cells = Array.from(per1k.querySelectorAll('td'), (td) => td.textContent!);
    expect(cells.length).toBe(3);
    for (const c of cells) expect(c).toMatch(/^\$(0\.0*[1-9]\d{0,3}|[1-9][\d,]*(\.\d\d)?)$/);
    expect(screen.getByText(/spot capacity applies to SageMaker training only/)).toBeTruthy();
  });
});
