/**
 * One colour per design, everywhere (table, every chart), keyed to the design's identity (its id),
 * never to its place in a list: adding, removing or re-sorting designs leaves every other design's
 * colour as it was. Mid-tone colours, legible on the light and the dark background alike.
 */
const COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#9c755f',
  '#ff9da7',
  '#8c8c8c',
  '#2f6fd6',
  '#c85200',
  '#2e9e6a',
  '#c0392b',
  '#8e5cc4',
  '#1b9aaa',
  '#b8a000',
  '#a0522d',
  '#e0609f',
  '#5f7d8e',
] as const;

/** The colour slot each design id has been given; a slot is taken by one live design at a time. */
const slots = new Map<number, number>();

/**
 * The colour of the design with this id. A design keeps the slot it was first given; a new design
 * takes the lowest slot no design in `liveIds` holds (so a removed design's colour can be reused).
 */
export function designColour(id: number, liveIds: ReadonlyArray<number>): string {
  let slot = slots.get(id);
  if (slot === undefined) {
    const taken = new Set(liveIds.filter((i) => i !== id).map((i) => slots.get(i)));
    slot = 0;
    while (taken.has(slot) && slot < COLOURS.length) slot++;
    if (slot === COLOURS.length) slot = (id - 1) % COLOURS.length; // more designs than colours
    slots.set(id, slot);
  }
  return COLOURS[slot]!;
}
