import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { formatUsd } from '../../format/money';
import { LineItems } from './LineItems';
import { useDesignColours } from './useDesignColours';

/** Each design's line items, one disclosure per design at full width (not inside a table column). */
export const LineItemGroups = observer(function LineItemGroups() {
  const { comparison } = useStores();
  const colourOf = useDesignColours();
  return (
    <section className="line-item-groups" aria-labelledby="line-items-title">
      <h3 id="line-items-title">Line items by design</h3>
      {comparison.rows.map((r) =>
        r.estimate ? (
          <div key={r.id} id={`line-items-${r.id}`} className="line-item-group">
            <LineItems
              estimate={r.estimate}
              title={
                <>
                  <span className="design-swatch" style={{ background: colourOf(r.id) }} aria-hidden="true" />
                  {r.design.name}: {formatUsd(r.estimate.monthlyUsd)} a month
                </>
              }
            />
          </div>
        ) : null,
      )}
    </section>
  );
});
