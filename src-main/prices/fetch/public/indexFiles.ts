/**
 * The index files of the public price list, small enough to read whole (with a size cap) and
 * validated: the offer index `/offers/v1.0/aws/index.json` (`offers.<code>.currentRegionIndexUrl`,
 * `currentSavingsPlanIndexUrl`), a service's region index (`regions.<code>.currentVersionUrl`) and a
 * Savings Plans region index (`regions: [{ regionCode, versionUrl }]`). Unknown fields are ignored.
 */
import { z } from 'zod';
import { describeZodError, formatProblems } from '@shared/validation';
import { ContentError, download, type DownloadContext } from './download';

/** Index files are a few hundred kilobytes; anything far larger is not one. */
const INDEX_MAX_BYTES = 32 * 1024 * 1024;

export const OFFER_INDEX_PATH = '/offers/v1.0/aws/index.json';

const path = z.string().startsWith('/');

export const OfferIndexSchema = z.object({
  publicationDate: z.string().optional(),
  offers: z.record(
    z.string(),
    z.object({
      offerCode: z.string(),
      currentRegionIndexUrl: path.optional(),
      currentSavingsPlanIndexUrl: path.optional(),
    }),
  ),
});

export const RegionIndexSchema = z.object({
  publicationDate: z.string().optional(),
  regions: z.record(z.string(), z.object({ regionCode: z.string(), currentVersionUrl: path })),
});

export const SavingsPlanRegionIndexSchema = z.object({
  publicationDate: z.string().optional(),
  regions: z.array(z.object({ regionCode: z.string(), versionUrl: path })),
});

/** Downloads a small JSON file whole and validates it. */
export async function fetchIndex<S extends z.ZodType>(url: URL, schema: S, ctx: DownloadContext): Promise<z.output<S>> {
  let chunks: Buffer[] = [];
  let size = 0;
  await download(
    url,
    {
      write(chunk) {
        size += chunk.length;
        if (size > INDEX_MAX_BYTES)
          throw new Error(`larger than ${INDEX_MAX_BYTES / 1024 / 1024} MB: not an index file`);
        chunks.push(chunk);
      },
      restart() {
        chunks = [];
        size = 0;
      },
    },
    ctx,
  );
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ContentError(`${url.href} is not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ContentError(
      `${url.href} is not a price list index: ${formatProblems(describeZodError(parsed.error).slice(0, 3))}`,
    );
  return parsed.data;
}
