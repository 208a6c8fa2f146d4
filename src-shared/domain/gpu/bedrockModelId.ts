/**
 * AWS's Bedrock model ids carry a release date and a version ("anthropic.claude-3-haiku-20240307-v1:0",
 * "meta.llama3-1-8b-instruct-v1:0"); the price data names models without them. A design may use either.
 */
import type { PriceCatalog } from '../../prices/catalog';

/** The design's model id, and the price data's name for it when that differs (null when it does not list either). */
export interface ResolvedBedrockModel {
  id: string;
  /** The id as the design wrote it, when the price data's name for it is different. */
  givenAs: string | null;
}

const VERSION = /-v\d+(?::\d+)*$/;
const RELEASE_DATE = /-\d{8}$/;

/** The model under the price data's name: the id as given, else without its version, else without its release date too. */
export function resolveBedrockModel(catalog: PriceCatalog, model: string): ResolvedBedrockModel {
  const withoutVersion = model.replace(VERSION, '');
  const candidates = [model, withoutVersion, withoutVersion.replace(RELEASE_DATE, '')];
  const found = candidates.find((id) => catalog.bedrockModel(id) !== undefined);
  return found === undefined || found === model ? { id: model, givenAs: null } : { id: found, givenAs: model };
}
