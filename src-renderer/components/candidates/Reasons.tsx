import type { FeasibilityReason } from '@shared/domain/results';

/** "Why" and "why not" reasons, each naming its rule or limit. */
export function Reasons(props: { why?: ReadonlyArray<FeasibilityReason>; whyNot?: ReadonlyArray<FeasibilityReason> }) {
  return (
    <>
      {props.why && props.why.length > 0 && (
        <ul className="reasons why" aria-label="Why">
          {props.why.map((r) => (
            <li key={r.rule + r.message}>
              <span aria-hidden="true">✓ </span>
              {r.message}
            </li>
          ))}
        </ul>
      )}
      {props.whyNot && props.whyNot.length > 0 && (
        <ul className="reasons why-not" aria-label="Why not">
          {props.whyNot.map((r) => (
            <li key={r.rule + r.message}>
              <span aria-hidden="true">✗ </span>
              {r.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
