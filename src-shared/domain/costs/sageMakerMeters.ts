/** SageMaker meters besides instance-hours: endpoint ML storage and data processed in and out. */
import { priceKeys } from '../../prices/keys';
import { DEFAULT_ENDPOINT_VOLUME_GB } from '../hostingLimits';
import { BYTES_PER_GB, HOURS_PER_MONTH, WEEKS_PER_MONTH } from '../results';
import { BYTES_PER_KIB } from '../units';
import { addLine, type EstimateContext } from '../pricing/context';
import { fmt, priceLine } from '../pricing/lineItems';
import { quote } from '../pricing/quotes';

/**
 * Endpoint storage: GB-months = volume per instance × instance-hours / 730. With no volume in the
 * design and no storage price in the data, the meter is left out with a warning (the default volume is
 * an assumption, not the user's choice); a volume the user set is always priced or marked unavailable.
 */
export function addEndpointStorage(ctx: EstimateContext, capacity: number[], volumeGB: number | undefined): void {
  const q = quote(
    ctx.catalog,
    priceKeys.sageMakerStorage(ctx.region),
    'enter a storage rate or leave the volume per instance empty',
    'hosting.volumeGB',
  );
  if (!q.ok && volumeGB === undefined) {
    ctx.warnings.push('Endpoint storage is not in the price data and is not included');
    return;
  }
  const gb = volumeGB ?? DEFAULT_ENDPOINT_VOLUME_GB;
  let weeklyInstanceHours = 0;
  for (let h = 0; h < capacity.length; h++) weeklyInstanceHours += capacity[h]!;
  const instanceHours = weeklyInstanceHours * WEEKS_PER_MONTH;
  const gbMonths = (gb * instanceHours) / HOURS_PER_MONTH;
  addLine(
    ctx,
    priceLine(
      'usage',
      'Endpoint ML storage',
      gbMonths,
      'GB-months',
      q,
      `${gb} GB per instance × ${fmt(instanceHours)} instance-hours / 730`,
    ),
    capacity,
  );
}

/** Data processed IN and OUT of the endpoint: requests × payload (KiB × 1024 bytes) / 2^30 bytes per GB. */
export function addDataProcessed(ctx: EstimateContext): void {
  const w = ctx.workload;
  addDataLine(ctx, 'IN', w.requestKiB, priceKeys.sageMakerDataIn(ctx.region));
  addDataLine(ctx, 'OUT', w.responseKiB, priceKeys.sageMakerDataOut(ctx.region));
}

/** One direction of data processed, spread over the week like the traffic. */
function addDataLine(ctx: EstimateContext, direction: 'IN' | 'OUT', kib: number, priceKey: string): void {
  const requests = ctx.week.requestsPerMonth;
  const gb = (requests * kib * BYTES_PER_KIB) / BYTES_PER_GB;
  addLine(
    ctx,
    priceLine(
      'usage',
      `Data processed ${direction}`,
      gb,
      'GB',
      quote(ctx.catalog, priceKey),
      `${fmt(requests)} requests × ${kib} KiB / 2^30`,
    ),
    ctx.week.rps,
  );
}
