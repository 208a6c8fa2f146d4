import { observer } from 'mobx-react-lite';
import { useRef, type ChangeEvent } from 'react';
import { throughputSourceWords } from '@shared/domain';
import type { Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { LoadTestPicker } from './LoadTestPicker';

function n(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: x >= 100 ? 0 : 3 });
}

/**
 * A design's throughput per instance with where it comes from ("measured (from …)" or "estimated
 * (…)"), and the import of a load test to measure it: the native open dialog on the desktop, a file
 * upload in the browser. Only for designs that run on instances.
 */
export const ThroughputPanel = observer(function ThroughputPanel({ design }: { design: Design }) {
  const root = useStores();
  const { loadTests, estimates } = root;
  const input = useRef<HTMLInputElement>(null);
  if (!('instanceType' in design.hosting)) return null;
  const isWeb = root.app.info?.mode === 'web';
  const t = estimates.estimateOf(design)?.throughput;
  const open = loadTests.isOpenFor(design);

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const el = event.currentTarget;
    const files = [...(el.files ?? [])];
    el.value = ''; // choosing the same files again still fires a change
    if (files.length > 0) await loadTests.upload(design, files);
  };

  return (
    <section className="throughput-panel" aria-label="Throughput per instance" data-testid="throughput-panel">
      <h4>Throughput per instance</h4>
      {t ? (
        <p data-testid="design-throughput">
          {n(t.requestsPerSecond)} req/s
          {t.outputTokensPerSecond !== null && <>, {n(t.outputTokensPerSecond)} output tokens/s</>}
          {`, ${t.concurrency} at once: `}
          <span className={t.kind === 'measured' ? 'badge good' : 'badge warn'} data-testid="design-throughput-kind">
            {t.kind === 'measured' ? `measured (from ${t.source})` : 'estimated'}
          </span>
          {t.kind === 'estimated' && <span className="muted small"> {throughputSourceWords(t.source)}</span>}
        </p>
      ) : (
        <p className="muted">Not known yet: the design needs prices and hardware facts, or a measurement.</p>
      )}
      <div className="button-row">
        <button
          type="button"
          data-testid="loadtest-import"
          disabled={loadTests.busy}
          onClick={() => (isWeb ? input.current?.click() : void loadTests.chooseWithDialog(design))}
        >
          Import load test…
        </button>
        {t?.kind === 'measured' && (
          <button type="button" onClick={() => loadTests.clearMeasurement(design)}>
            Use the estimate instead
          </button>
        )}
        <input
          ref={input}
          type="file"
          multiple
          accept=".json,.csv,.txt"
          hidden
          data-testid="loadtest-file"
          aria-label="Load-test result files"
          onChange={(e) => void onFiles(e)}
        />
      </div>
      <p className="muted small">
        LLMeter stats.json (one per concurrency level), FMBench all_metrics CSV, or a CSV with instance_type,
        concurrency, requests_per_second or output_tokens_per_second, p50_latency_ms, p95_latency_ms.
      </p>
      {open && loadTests.busy && <p aria-live="polite">Reading the results…</p>}
      {open && loadTests.error && (
        <p className="field-error" role="alert" data-testid="loadtest-error">
          {loadTests.error}
        </p>
      )}
      {open && <LoadTestPicker />}
    </section>
  );
});
