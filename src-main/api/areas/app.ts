/** Handlers of the `app.*` operations. */
import type { ApiHandlers } from '../handlers';
import type { Services } from '../../services/services';

export function appHandlers(services: Services): Pick<ApiHandlers, 'app.info'> {
  return {
    'app.info': async () => ({
      name: 'InferCalc',
      version: services.version,
      dataFolder: services.inputs.dataFolder,
      mode: services.inputs.mode === 'desktop' ? 'desktop' : 'web',
      prices: services.prices.sourceSummary(),
    }),
  };
}
