import { observer } from 'mobx-react-lite';
import { useId } from 'react';
import type { LoadTestRow } from '@shared/loadtest/applyLoadTest';
import { useStores } from '../../stores/context';

function n(x: number | undefined): string {
  return x === undefined ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: x >= 100 ? 0 : 2 });
}

/** "stats.json × 3, results.csv": the files read, each name once. */
function fileList(names: ReadonlyArray<string>): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, c]) => (c > 1 ? `${n} × ${c}` : n)).join(', ');
}

/** What a point says against the workload, in words. */
function remarks(r: LoadTestRow): string {
  const words = [
    !r.sameInstance && 'another instance type',
    r.meetsTarget === true && 'within',
    r.meetsTarget === false && 'over',
    r.meetsTarget === null && 'not known',
    r.tooManyFailed && 'over 1% failed',
  ].filter(Boolean);
  return words.join('; ');
}

/**
 * The measured points of an imported load test as a table to pick one from: instance type,
 * concurrency, requests and output tokens per second, p50 and p95 latency (a higher percentile stands
 * in where the tool reports no p95, and the column says so).
 */
export const LoadTestPicker = observer(function LoadTestPicker() {
  const { loadTests } = useStores();
  const id = useId();
  const results = loadTests.results;
  if (!results) return null;
  const rows = loadTests.rows;
  const rec = loadTests.recommendation;
  const tailPercentile = rows.find((r) => r.latency)?.latency?.percentile ?? 95;
  const types = [...new Set(rows.map((r) => r.point.instanceType ?? 'not stated'))];
  // One instance type for every point: named once above the table, so the table fits the editor.
  const typeColumn = types.length > 1;
  return (
    <div className="loadtest-picker" data-testid="loadtest-picker">
      <p className="small">
        {fileList(results.fileNames)} ({results.format}): {rows.length} measured point{rows.length === 1 ? '' : 's'}
        {typeColumn
          ? ''
          : types[0] === 'not stated'
            ? ' (the file does not name the instance type)'
            : ` on ${types[0]}`}
        .{' '}
        {rec.index !== null
          ? 'The highest throughput within the latency target is chosen; pick another if you prefer.'
          : `None fits the rule (${rec.reason}); you may still pick one, and its source will say so.`}
      </p>
      <div className="loadtest-scroll" tabIndex={0} role="region" aria-label="Measured points">
        <table className="loadtest-points">
          <caption className="sr-only">Measured points</caption>
          <thead>
            <tr>
              <th scope="col">Use</th>
              {typeColumn && <th scope="col">Instance type</th>}
              <th scope="col">Concurrency</th>
              <th scope="col">Requests/s</th>
              <th scope="col">Output tokens/s</th>
              <th scope="col">p50 (ms)</th>
              <th scope="col">
                p{tailPercentile} (ms){tailPercentile !== 95 && <span className="muted"> (no p95 reported)</span>}
              </th>
              <th scope="col">Latency target</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.index} data-testid="loadtest-row" className={r.sameInstance ? undefined : 'muted'}>
                <td>
                  <input
                    type="radio"
                    name={`${id}-point`}
                    aria-label={`concurrency ${r.point.concurrency}${r.point.instanceType ? ` on ${r.point.instanceType}` : ''}`}
                    checked={loadTests.chosen === r.index}
                    disabled={!r.sameInstance}
                    onChange={() => loadTests.choose(r.index)}
                  />
                </td>
                {typeColumn && <td>{r.point.instanceType ?? 'not stated'}</td>}
                <td>{r.point.concurrency}</td>
                <td>{n(r.point.requestsPerSecond)}</td>
                <td>{n(r.point.outputTokensPerSecond)}</td>
                <td>{n(r.point.latencyMs.p50)}</td>
                <td>{n(r.latency?.ms)}</td>
                <td className="small">
                  {remarks(r)}
                  {rec.index === r.index && <strong> (the rule's pick)</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-instances`}>Instances behind the tested endpoint</label>
          <input
            id={`${id}-instances`}
            type="number"
            min={1}
            step={1}
            value={loadTests.instancesUnderTest}
            data-testid="loadtest-instances"
            onChange={(e) => loadTests.setInstancesUnderTest(Number(e.target.value))}
          />
          <small className="help">The measured figures are divided by this to give one instance&apos;s.</small>
        </div>
      </div>
      <div className="button-row">
        <button
          type="button"
          onClick={() => loadTests.apply()}
          disabled={loadTests.chosen === null}
          data-testid="loadtest-apply"
        >
          Use this measurement
        </button>
        <button type="button" onClick={() => loadTests.close()}>
          Cancel
        </button>
      </div>
    </div>
  );
});
