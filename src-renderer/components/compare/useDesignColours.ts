import { useStores } from '../../stores/context';
import { designColour } from './palette';

/** The colour of a design by its id (see palette.ts): the same in the table and every chart. */
export function useDesignColours(): (id: number) => string {
  const { comparison } = useStores();
  const live = comparison.rows.map((r) => r.id);
  return (id) => designColour(id, live);
}
