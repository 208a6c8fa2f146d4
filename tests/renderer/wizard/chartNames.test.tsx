// A chart's surface is a keyboard stop (recharts' accessibility layer): it needs an accessible name.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WeekChart } from '../../../src-renderer/components/workload/WeekChart';

describe('charts in the Tab order', () => {
  it('the week chart is focusable and named', () => {
    const { container } = render(<WeekChart rps={Array.from({ length: 168 }, (_, h) => (h % 24) + 1)} />);
    const focusable = Array.from(container.querySelectorAll('svg[tabindex="0"]'));
    expect(focusable.length).toBe(1);
    const title = focusable[0]!.querySelector(':scope > title')?.textContent ?? '';
    expect(title).toBe('Traffic by hour of the week (arrow keys move through the hours)');
  });
});
