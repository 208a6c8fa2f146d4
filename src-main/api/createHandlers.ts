/**
 * All handlers, one area file per operation prefix. The `satisfies ApiHandlers` makes a missing or
 * extra handler a compile error, so the contract and the back end cannot drift apart.
 */
import type { ApiHandlers } from './handlers';
import type { Services } from '../composition/services';
import { appHandlers } from './areas/app';
import { exportHandlers } from './areas/export';
import { projectHandlers } from './areas/projects';
import { priceCatalogHandlers } from './areas/priceCatalog';
import { priceHandlers } from './areas/prices';
import { loadTestHandlers } from './areas/loadtest';

export function createHandlers(services: Services): ApiHandlers {
  return {
    ...appHandlers(services),
    ...exportHandlers(services),
    ...projectHandlers(services.projects, services.inputs.dialogs, services.sessions),
    ...priceCatalogHandlers(services),
    ...priceHandlers(services.prices, services.events),
    ...loadTestHandlers(services.inputs.dialogs),
  } satisfies ApiHandlers;
}
