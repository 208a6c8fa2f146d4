/**
 * A region offer file of the public price list, read as a stream:
 * `{ formatVersion, offerCode, version, publicationDate, products: { <sku>: product }, terms:
 * { OnDemand: { <sku>: { <termKey>: term } }, Reserved: {...} } }`. Products that pass the service's
 * queries are kept, then the terms of those SKUs only; everything else is passed over unbuilt. The
 * kept products come out as Price List items (the JSON the Query API returns per product), so the
 * API path's normalizers place them unchanged.
 */
import type { Filter } from '@aws-sdk/client-pricing';
import { matchesFilters, type OfferProduct } from './productFilter';
import type { Selection } from './selectiveReader';
import { SelectiveReader } from './selectiveReader';

const TERM_TYPES = new Set(['OnDemand', 'Reserved']);

/** Collects the wanted products of one offer file. */
export class OfferFileCollector {
  /** Kept products and their terms as JSON text: a tenth of the memory of the objects. */
  private readonly products = new Map<string, { product: string; terms: Map<string, string> }>();
  /** Every product in the file, wanted or not. */
  productsSeen = 0;
  publicationDate: string | undefined;
  offerCode: string | undefined;
  version: string | undefined;
  private termsStarted = false;
  readonly reader: SelectiveReader;

  constructor(private readonly queries: ReadonlyArray<ReadonlyArray<Filter>>) {
    this.reader = new SelectiveReader(
      (path) => this.select(path),
      (path, value) => this.take(path, value),
    );
  }

  private select(path: ReadonlyArray<string | number>): Selection {
    const [top, second, third] = path;
    switch (path.length) {
      case 0:
        return 'descend';
      case 1:
        if (top === 'products' || top === 'terms') return 'descend';
        return top === 'publicationDate' || top === 'offerCode' || top === 'version' ? 'assemble' : 'skip';
      case 2:
        if (top === 'products') {
          if (this.termsStarted) throw new Error('products after terms: not the layout of a price list offer file');
          return 'assemble';
        }
        if (top === 'terms' && TERM_TYPES.has(String(second))) {
          this.termsStarted = true;
          return 'descend';
        }
        return 'skip';
      case 3:
        return top === 'terms' && this.products.has(String(third)) ? 'assemble' : 'skip';
      default:
        return 'skip';
    }
  }

  private take(path: ReadonlyArray<string | number>, value: unknown): void {
    const [top, second, third] = path;
    if (path.length === 1) {
      if (typeof value === 'string') {
        if (top === 'publicationDate') this.publicationDate = value;
        if (top === 'offerCode') this.offerCode = value;
        if (top === 'version') this.version = value;
      }
      return;
    }
    if (top === 'products') {
      this.productsSeen += 1;
      const product = value as OfferProduct;
      if (typeof product !== 'object' || product === null) return;
      if (this.queries.some((filters) => matchesFilters(product, filters)))
        this.products.set(String(second), { product: JSON.stringify(product), terms: new Map() });
      return;
    }
    const held = this.products.get(String(third));
    if (held) held.terms.set(String(second), JSON.stringify(value));
  }

  /** The wanted products as Price List items (JSON text, as the Query API returns them). */
  items(serviceCode: string): string[] {
    const tail = `,"serviceCode":${JSON.stringify(serviceCode)},"publicationDate":${JSON.stringify(this.publicationDate ?? '')}}`;
    return [...this.products.values()].map(({ product, terms }) => {
      const byType = [...terms].map(([type, json]) => `${JSON.stringify(type)}:${json}`).join(',');
      return `{"product":${product},"terms":{${byType}}${tail}`;
    });
  }

  /** How many products were kept. */
  get kept(): number {
    return this.products.size;
  }
}
