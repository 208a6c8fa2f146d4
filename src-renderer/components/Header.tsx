import { observer } from 'mobx-react-lite';
import { useStores } from '../stores/context';
import { ProjectBar } from './project/ProjectBar';

/** Product name and version, the data folder and where the prices come from. */
export const Header = observer(function Header() {
  const { app, prices } = useStores();
  const info = app.info;
  // The same as-of as the prices bar and the line items (the shared freshness rule over the prices in use).
  const asOf = prices.oldestAsOf ?? info?.prices.asOf;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">InferCalc</span>
        {info && (
          <span className="brand-version" data-testid="app-version">
            v{info.version}
          </span>
        )}
      </div>
      {info && (
        <dl className="app-facts">
          <div>
            <dt>Prices</dt>
            <dd data-testid="price-source">
              {prices.data ? prices.freshness.text : info.prices.label}
              {asOf && <> · as of {asOf}</>}
            </dd>
          </div>
          <div>
            <dt>Data folder</dt>
            <dd data-testid="data-folder" title={info.dataFolder}>
              {info.dataFolder}
            </dd>
          </div>
        </dl>
      )}
      {app.loadError && (
        <p role="alert" className="error">
          {app.loadError}
        </p>
      )}
      <ProjectBar />
    </header>
  );
});
