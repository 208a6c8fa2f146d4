import { observer } from 'mobx-react-lite';
import { useEffect, useId, useRef, useState } from 'react';
import { HOSTING_TYPES, type HostingType } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { HOSTING_LABELS, PURCHASE_LABELS } from '../../stores/designFields';
import { formatUsd } from '../../format/money';

/** The project's designs: select one to edit, duplicate or remove it, or add a new one of any hosting type. */
export const DesignList = observer(function DesignList() {
  const { designs, estimates, files } = useStores();
  const [newType, setNewType] = useState<HostingType>(HOSTING_TYPES[0]!);
  const typeId = useId();
  const selected = designs.selected;
  const list = useRef<HTMLUListElement>(null);
  const addType = useRef<HTMLSelectElement>(null);
  // After a removal: the design now in its place (its id), or 'add' when the list is empty.
  const [focusAfterRemoval, setFocusAfterRemoval] = useState<number | 'add' | null>(null);
  useEffect(() => {
    if (focusAfterRemoval === null) return;
    const target =
      focusAfterRemoval === 'add'
        ? addType.current
        : list.current?.querySelector<HTMLElement>(`[data-design-id="${focusAfterRemoval}"] .design-pick`);
    target?.focus();
    setFocusAfterRemoval(null);
  }, [focusAfterRemoval]);
  const remove = (d: (typeof designs.designs)[number]) => {
    const next = designs.remove(d);
    files.announce(`Removed “${d.name}”. Undo (Ctrl+Z) brings it back.`);
    setFocusAfterRemoval(next ? designs.idOf(next) : 'add');
  };
  return (
    <section className="design-list" aria-labelledby="designs-title">
      <h2 id="designs-title">Your designs ({designs.designs.length})</h2>
      {designs.designs.length === 0 && <p className="muted">No designs yet: add recommended ones or a new one.</p>}
      <ul data-testid="design-list" ref={list}>
        {designs.designs.map((d) => {
          const e = estimates.estimateOf(d);
          const isSelected = d === selected;
          return (
            <li
              key={designs.idOf(d)}
              className={isSelected ? 'selected' : ''}
              data-testid="design-item"
              data-design-id={designs.idOf(d)}
            >
              <button type="button" className="design-pick" aria-pressed={isSelected} onClick={() => designs.select(d)}>
                <strong>{d.name}</strong>
                <span className="muted">
                  {HOSTING_LABELS[d.hosting.type]} · {PURCHASE_LABELS[d.purchase.type]} ·{' '}
                  {d.hosting.region ?? estimates.region}
                </span>
                <span>
                  {e?.monthlyUsd != null ? `${formatUsd(e.monthlyUsd)}/mo` : 'price unavailable'}
                  {e && !e.feasible && <span className="badge bad">not feasible</span>}
                </span>
              </button>
              <button type="button" onClick={() => designs.duplicate(d)} aria-label={`Duplicate ${d.name}`}>
                Duplicate
              </button>
              <button type="button" className="danger" onClick={() => remove(d)} aria-label={`Remove ${d.name}`}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <div className="add-design">
        <label htmlFor={typeId}>New design hosting</label>
        <select id={typeId} ref={addType} value={newType} onChange={(e) => setNewType(e.target.value as HostingType)}>
          {HOSTING_TYPES.map((t) => (
            <option key={t} value={t}>
              {HOSTING_LABELS[t]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => designs.addNew(newType)} data-testid="add-design">
          Add design
        </button>
      </div>
    </section>
  );
});
