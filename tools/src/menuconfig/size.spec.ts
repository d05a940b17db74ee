import { describe, expect, it } from 'vitest';
import { MIN_COLUMNS, MIN_ROWS, terminalTooSmall } from './size';

describe('terminalTooSmall', () => {
  it('refuses 20 × 10, naming both sizes', () => {
    expect(terminalTooSmall(20, 10)).toBe(
      'menuconfig needs a terminal of at least 80 × 24 (columns × rows); this one is 20 × 10. ' +
        'Enlarge it and run again; nothing was changed.',
    );
  });
  it('refuses one dimension too small', () => {
    expect(terminalTooSmall(200, MIN_ROWS - 1)).toMatch(/this one is 200 × 23/);
    expect(terminalTooSmall(MIN_COLUMNS - 1, 50)).toMatch(/this one is 79 × 50/);
  });
  it('accepts the minimum and an unknown size', () => {
    expect(terminalTooSmall(MIN_COLUMNS, MIN_ROWS)).toBeUndefined();
    expect(terminalTooSmall(undefined, undefined)).toBeUndefined();
  });
});
