import { describe, expect, it } from 'vitest';
import { creationTime } from './spdx';

describe('SBOM creation time', () => {
  it('is SOURCE_DATE_EPOCH when set, else the epoch: never the clock', () => {
    expect(creationTime({})).toBe('1970-01-01T00:00:00Z');
    expect(creationTime({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14T22:13:20Z');
    expect(() => creationTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH=yesterday/);
  });
});
