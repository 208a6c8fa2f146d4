import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';

/** The Export step: what the workbook will hold, and one button that saves or downloads it. */
export const ExportStep = observer(function ExportStep() {
  const { exporter } = useStores();
  const status = exporter.status;
  return (
    <section className="export-step" aria-labelledby="export-heading">
      <h2 id="export-heading">Comparison workbook</h2>
      <p>An Excel workbook with live formulas: finance can change a rate or an assumption and every total follows.</p>
      <ul aria-label="Sheets in the workbook">
        {exporter.contents.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {!exporter.hasDesigns && (
        <p role="note">The project has no designs yet: the workbook will only hold the workload and assumptions.</p>
      )}
      <button
        type="button"
        onClick={() => void exporter.exportWorkbook()}
        disabled={exporter.busy}
        aria-busy={exporter.busy}
      >
        {exporter.busy ? 'Exporting…' : exporter.actionLabel}
      </button>
      <div aria-live="polite">
        {status.kind === 'done' && <p role="status">{status.message}</p>}
        {status.kind === 'error' && <p role="alert">{status.message}</p>}
      </div>
    </section>
  );
});
