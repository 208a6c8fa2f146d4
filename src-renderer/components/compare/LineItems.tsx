import { useState } from 'react';
import type { DesignEstimate, LineItem } from '@shared/domain';
import { sourceInWords } from '@shared/prices/provenance';
import { formatNumber, formatRate, formatUsd } from '../../format/money';
import { PlainText } from '../common/PlainText';

/** A design's line items: quantity × rate = monthly, each rate with its source and as-of date. */
export function LineItems({ estimate, title }: { estimate: DesignEstimate; title?: React.ReactNode }) {
  return (
    <details className="line-items">
      <summary>
        {title ?? 'Line items'} ({estimate.lineItems.length} items)
      </summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Quantity</th>
            <th scope="col">Rate</th>
            <th scope="col">Monthly</th>
            <th scope="col">Price source</th>
          </tr>
        </thead>
        <tbody>
          {estimate.lineItems.map((l, i) => {
            const src = l.priceSource;
            return (
              <tr key={i} title={`${l.formula}${src?.rule ? ` · ${src.rule}` : ''}`}>
                <td>{l.label}</td>
                <td className="num">
                  {formatNumber(l.quantity, 2)} {l.unit}
                </td>
                <td className="num">{formatRate(l.rateUsd)}</td>
                <td className="num">{formatUsd(l.monthlyUsd)}</td>
                <td className={src ? (src.origin === 'user' ? 'user-rate' : '') : 'warn'}>
                  <SourceCell item={l} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

/**
 * A price's source in words; what traces it (SKU, rate code, price key) only once the disclosure is
 * opened, so the page never shows internal names unasked.
 */
function SourceCell({ item }: { item: LineItem }) {
  const [open, setOpen] = useState(false);
  const src = item.priceSource;
  if (!src) return <PlainText message={item.unavailable ?? 'unavailable'} detail={item.detail} />;
  const words = sourceInWords(src);
  return (
    <details className="price-source-detail" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <PlainText message={words.text} />
        {src.origin === 'user' ? ' (user-provided)' : ''}
      </summary>
      {open && <span className="small">{words.detail || item.priceKey}</span>}
    </details>
  );
}
