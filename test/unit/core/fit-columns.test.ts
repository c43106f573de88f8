import { describe, expect, it } from 'vitest';
import { columnsToKeep, fitColumnWidths } from '../../../src/core/fit-columns.js';

describe('fitColumnWidths', () => {
  it('keeps every width when the row fits', () => {
    expect(fitColumnWidths([10, 20, 5], 39)).toEqual([10, 20, 5]);
  });

  it('takes characters from the widest columns first, leaving the narrow ones whole', () => {
    // 36 + 30 + 4 + 2 gaps of 2 = 74; 60 available: 14 characters go, from the two widest.
    expect(fitColumnWidths([36, 30, 4], 60)).toEqual([26, 26, 4]);
  });

  it('never cuts a column below two characters, even when the row cannot fit', () => {
    expect(fitColumnWidths([10, 10, 1], 5)).toEqual([2, 2, 1]);
  });

  it('never cuts a whole column: the others give way', () => {
    // Same row as above, the 36-wide column an identifier: all 14 characters come from the other columns.
    expect(fitColumnWidths([36, 30, 4], 60, [true, false, false])).toEqual([36, 16, 4]);
  });
});

describe('columnsToKeep', () => {
  it('keeps every column when each can have eight characters (or its own width)', () => {
    // 36 (whole) + 8 + 8 + 4 + 3 gaps of 2 = 62
    expect(columnsToKeep([36, 30, 20, 4], 62, [true], [undefined, 2, 1])).toEqual([true, true, true, true]);
  });

  it('leaves out the columns that may go, lowest drop order first, until the rest can be read', () => {
    expect(columnsToKeep([36, 30, 20, 4], 61, [true], [undefined, 2, 1])).toEqual([true, true, false, true]);
    expect(columnsToKeep([36, 30, 20, 4], 44, [true], [undefined, 2, 1])).toEqual([true, false, false, true]);
  });

  it('never leaves out a column without a drop order, however narrow the terminal', () => {
    expect(columnsToKeep([36, 30, 20, 4], 10, [true], [undefined, undefined, 1])).toEqual([true, true, false, true]);
  });
});
