/** A price refresh report as the back end answers it, for the refresh tests. */
import type { RefreshReportDto } from '@shared/api/schemas/prices';

/** A report with this status (and a failure's kind and message when given). */
export function refreshReport(
  status: RefreshReportDto['status'],
  failure?: { errorKind: RefreshReportDto['errorKind']; error: string },
): RefreshReportDto {
  return {
    ok: status === 'ok',
    status,
    ...(failure ?? {}),
    startedAt: '2026-11-27T10:00:00Z',
    finishedAt: '2026-11-27T10:01:00Z',
    regions: ['us-east-1'],
    services: ['sagemaker'],
    requests: 3,
    pages: 3,
    products: 120,
    prices: 100,
    skippedCount: 0,
    skipped: [],
    ignored: 0,
    restarts: 0,
    keptFromBefore: 0,
    keptSample: [],
  };
}
