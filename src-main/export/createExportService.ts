/** The export service as the app, the web mode and the CLI build it: prices from the price service in use. */
import type { Services } from '../services/services';
import { loadEmbeddedSnapshot } from '../prices/snapshot/loadSnapshot';
import { ExportService } from './exportService';

/** An export service over the services' active price data (the embedded snapshot when none is given). */
export function createExportService(services: Services): ExportService {
  return new ExportService({
    catalogData: () => services.prices.catalogData?.() ?? loadEmbeddedSnapshot(),
    now: services.inputs.now ?? (() => new Date()),
    appVersion: services.version,
  });
}
