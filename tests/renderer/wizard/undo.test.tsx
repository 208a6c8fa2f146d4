// Undo and redo of project edits: every edit, typing in one field as one step, designs keeping
// their identity; Remove needs no question and focus goes to the design now in its place.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../src-renderer/stores/ProjectStore';
import { startedStore } from '../priceFixture';
import { goTo, renderWizard } from '../support/wizard';

describe('ProjectStore undo and redo', () => {
  it('undoes and redoes each edit; keystrokes in one field within a moment are one step', () => {
    let now = 0;
    const store = new ProjectStore(() => now);
    store.edit((p) => (p.name = 'A'), { label: 'Project name' });
    store.edit((p) => (p.workload.inferenceMs = 2), { coalesce: 'ms' });
    now += 200;
    store.edit((p) => (p.workload.inferenceMs = 25), { coalesce: 'ms' });
    now += 200;
    store.edit((p) => (p.workload.inferenceMs = 250), { coalesce: 'ms', label: 'Inference time' });
    expect(store.undo()).toBe(true);
    expect(store.current.workload.inferenceMs).toBe(100);
    expect(store.current.name).toBe('A');
    expect(store.redoLabel).toBe('the last edit');
    expect(store.undo()).toBe(true);
    expect(store.current.name).toBe('Untitled project');
    expect(store.undo()).toBe(false);
    store.redo();
    store.redo();
    expect(store.current.workload.inferenceMs).toBe(250);
    expect(store.canRedo).toBe(false);
    // A new edit after an undo forgets what could be redone.
    store.undo();
    store.edit((p) => (p.name = 'B'));
    expect(store.canRedo).toBe(false);
  });

  it('keeps a design’s identity, estimate and id through remove and undo', async () => {
    const { store } = await startedStore();
    const a = store.designs.addNew('sagemaker-realtime');
    const b = store.designs.addNew('sagemaker-serverless');
    const idA = store.designs.idOf(a);
    const idB = store.designs.idOf(b);
    store.designs.remove(a);
    expect(store.project.current.designs.map((d) => d.name)).toEqual([b.name]);
    store.undo();
    const names = store.project.current.designs.map((d) => d.name);
    expect(names).toEqual([a.name, b.name]);
    expect(store.project.current.designs.map((d) => store.designs.idOf(d))).toEqual([expect.any(Number), idB]);
    expect(store.project.current.designs[1]).toBe(b);
    store.redo();
    expect(store.project.current.designs).toEqual([b]);
    expect(store.designs.idOf(store.project.current.designs[0]!)).toBe(idB);
    expect(idA).not.toBe(idB);
  });

  it('undo gives the form the restored values instead of what was typed', async () => {
    const { store } = await startedStore();
    store.workloadForm.setNumber('latencyTargetMs', '250');
    store.workloadForm.setNumber('inferenceMs', 'abc');
    store.undo();
    expect(store.project.current.workload.latencyTargetMs).toBe(500);
    expect(store.workloadForm.text('inferenceMs')).toBe('100');
    expect(store.issues.list).toEqual([]);
    expect(store.files.status).toBe('Undone: Latency target.');
  });
});

describe('Remove in the wizard', () => {
  it('removes without a question, moves focus to the next design, and Undo brings it back', async () => {
    const store = await renderWizard();
    store.designs.addNew('sagemaker-realtime');
    store.designs.addNew('sagemaker-serverless');
    store.designs.addNew('lambda');
    const [first, second, third] = store.project.current.designs.map((d) => d.name);
    await goTo(/Candidates/);
    await userEvent.click(screen.getByRole('button', { name: `Remove ${second}` }));
    expect(store.project.current.designs.map((d) => d.name)).toEqual([first, third]);
    expect(document.activeElement?.textContent).toContain(third);
    expect(screen.getByTestId('file-status').textContent).toBe(`Removed “${second}”. Undo (Ctrl+Z) brings it back.`);
    // The last one: focus goes to the one before it; the last of all: to the new-design choice.
    await userEvent.click(screen.getByRole('button', { name: `Remove ${third}` }));
    expect(document.activeElement?.textContent).toContain(first);
    await userEvent.click(screen.getByRole('button', { name: `Remove ${first}` }));
    expect(document.activeElement).toBe(screen.getByLabelText('New design hosting'));
    await userEvent.click(screen.getByTestId('undo'));
    expect(within(screen.getByTestId('design-list')).getAllByTestId('design-item')).toHaveLength(1);
    expect(store.project.current.designs.map((d) => d.name)).toEqual([first]);
  });
});
