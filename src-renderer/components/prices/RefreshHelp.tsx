import { observer } from 'mobx-react-lite';
import { useId } from 'react';
import { useStores } from '../../stores/context';

/**
 * After a refresh that found no usable credentials: a picker of the profiles in the user's AWS
 * config and credentials files and a retry, and the public price files (no credentials) when the
 * back end offers them.
 */
export const RefreshHelp = observer(function RefreshHelp() {
  const { priceRefresh: r } = useStores();
  const pickerId = useId();
  return (
    <div className="refresh-help" data-testid="refresh-help">
      {r.profiles.length > 0 ? (
        <>
          <label htmlFor={pickerId}>AWS profile</label>{' '}
          <select
            id={pickerId}
            value={r.profile ?? ''}
            onChange={(e) => r.setProfile(e.target.value || null)}
            data-testid="refresh-profile"
          >
            <option value="">{r.defaultProfile ? `Default (${r.defaultProfile})` : 'Default credentials'}</option>
            {r.profiles.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>{' '}
          <button type="button" onClick={() => void r.refresh()}>
            Try again with this profile
          </button>
        </>
      ) : (
        <span className="muted">No AWS profiles were found in your AWS config and credentials files.</span>
      )}{' '}
      {r.publicSourceAvailable && (
        <button type="button" onClick={() => void r.refresh('public')} data-testid="refresh-public">
          Use AWS's public price files (no credentials)
        </button>
      )}
    </div>
  );
});
