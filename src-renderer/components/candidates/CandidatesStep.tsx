import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { DesignEditor } from './DesignEditor';
import { DesignList } from './DesignList';
import { RecommendationList } from './RecommendationList';

/** Step 2: recommended designs with their reasons, and the project's own designs to edit. */
export const CandidatesStep = observer(function CandidatesStep() {
  const { designs } = useStores();
  const selected = designs.selected;
  return (
    <div className="candidates-step">
      <div className="two-columns">
        <div>
          <DesignList />
          {selected && <DesignEditor design={selected} />}
        </div>
        <RecommendationList />
      </div>
    </div>
  );
});
