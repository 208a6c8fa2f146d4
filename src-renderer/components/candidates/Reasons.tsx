import type { FeasibilityReason } from '@shared/domain';
import { PlainText } from '../common/PlainText';

/** "Why" and "why not" reasons in the user's words (the rule ids stay out of the page). */
export function Reasons(props: { why?: ReadonlyArray<FeasibilityReason>; whyNot?: ReadonlyArray<FeasibilityReason> }) {
  return (
    <>
      {props.why && props.why.length > 0 && (
        <ul className="reasons why" aria-label="Why">
          {props.why.map((r) => (
            <li key={r.rule + r.message}>
              <span aria-hidden="true">✓ </span>
              <PlainText message={r.message} detail={r.detail} />
            </li>
          ))}
        </ul>
      )}
      {props.whyNot && props.whyNot.length > 0 && (
        <ul className="reasons why-not" aria-label="Why not">
          {props.whyNot.map((r) => (
            <li key={r.rule + r.message}>
              <span aria-hidden="true">✗ </span>
              <PlainText message={r.message} detail={r.detail} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
