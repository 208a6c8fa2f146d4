/** The export service as the app, the web mode and the CLI build it: prices from the price service in use. */
import type { Services } from '../composition/services';
import { ExportService } from './exportService';

/** An export service over the services' active price data (callers await `services.prices.load()` first). */
export function createExportService(services: Services): ExportService {
  return new ExportService({
    catalogData: () => services.prices.catalogData(),
    now: services.inputs.now ?? (() => new Date()),
    appVersion: services.version,
  });
}
