/** Series colours for charts: distinct in light and dark themes, in a fixed order per design. */
const COLOURS = [
  '#1f77b4',
  '#e8710a',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

/** The colour of the i-th series. */
export function seriesColour(i: number): string {
  return COLOURS[i % COLOURS.length]!;
}
