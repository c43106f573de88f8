import { describe, expect, it } from 'vitest';
import { fitColumnWidths } from '../../../src/core/fit-columns.js';

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
