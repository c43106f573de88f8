// Fitting a table into the terminal's width, as gh does: columns narrower than their fair share keep their width,
// the widest give up characters until the rows fit, so a row never wraps. The cut is shown with … by the table.

/** Two spaces between columns (the table's right padding). */
export const COLUMN_GAP = 2;
/** A column is never cut below this (one character and the …), unless the column itself is narrower. */
const MIN_COLUMN_WIDTH = 2;
/** Cut below this, a cell is a stub that says little ("METH…"): a column that may be left out goes instead. */
const READABLE_WIDTH = 8;

/**
 * Which columns a row of `available` characters shows: while the columns kept cannot each have READABLE_WIDTH (their
 * natural width when narrower, all of it for a `whole` column), the one with the lowest `dropOrder` is left out
 * (a column without one always stays).
 */
export function columnsToKeep(
  natural: readonly number[],
  available: number,
  whole: readonly boolean[] = [],
  dropOrder: readonly (number | undefined)[] = [],
): boolean[] {
  const kept = natural.map(() => true);
  const needed = () =>
    natural.reduce((sum, width, index) => (kept[index] ? sum + (whole[index] ? width : Math.min(width, READABLE_WIDTH)) + COLUMN_GAP : sum), -COLUMN_GAP);
  const droppable = dropOrder
    .map((rank, index) => ({ rank, index }))
    .filter((entry): entry is { rank: number; index: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank);
  for (const { index } of droppable) {
    if (needed() <= available) break;
    kept[index] = false;
  }
  return kept;
}

/**
 * The width of each column (without the gap) so that the row fits in `available` characters: repeatedly takes one
 * character from the widest column that may be cut (`whole` columns, identifiers a person copies into the next
 * command, are never cut). When even the narrowest widths do not fit, the narrowest widths are returned.
 */
export function fitColumnWidths(natural: readonly number[], available: number, whole: readonly boolean[] = []): number[] {
  const widths = [...natural];
  let excess = widths.reduce((sum, width) => sum + width, 0) + COLUMN_GAP * (widths.length - 1) - available;
  while (excess > 0) {
    let widest = -1;
    for (let index = 0; index < widths.length; index++) {
      if (whole[index]) continue;
      if (widths[index] > MIN_COLUMN_WIDTH && (widest < 0 || widths[index] > widths[widest])) widest = index;
    }
    if (widest < 0) break;
    widths[widest]--;
    excess--;
  }
  return widths;
}
