import type { DesignEstimate } from '@shared/domain/results';
import { sourceInWords } from '@shared/prices/provenance';
import { formatNumber, formatRate, formatUsd } from '../../format/money';

/** A design's line items: quantity × rate = monthly, each rate with its source and as-of date. */
export function LineItems({ estimate }: { estimate: DesignEstimate }) {
  return (
    <details className="line-items">
      <summary>Line items ({estimate.lineItems.length})</summary>
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
            const words = src ? sourceInWords(src) : null;
            return (
              <tr key={i} title={`${l.formula}${src?.rule ? ` · ${src.rule}` : ''}`}>
                <td>{l.label}</td>
                <td className="num">
                  {formatNumber(l.quantity, 2)} {l.unit}
                </td>
                <td className="num">{formatRate(l.rateUsd)}</td>
                <td className="num">{formatUsd(l.monthlyUsd)}</td>
                <td className={src ? (src.origin === 'user' ? 'user-rate' : '') : 'warn'}>
                  {words ? (
                    <details className="price-source-detail">
                      <summary>
                        {words.text}
                        {src!.origin === 'user' ? ' (user-provided)' : ''}
                      </summary>
                      <span className="small">{words.detail || l.priceKey}</span>
                    </details>
                  ) : (
                    (l.unavailable ?? 'unavailable')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
