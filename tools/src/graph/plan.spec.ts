import { describe, expect, it } from 'vitest';
import { lib, makeWorkspace, platforms } from '../testing/workspace';
import { planBuild } from './plan';

/** base ← mid (option FAST) ← top; base ← side. Only what sees FAST splits. */
const pool = () => [
  ...platforms(),
  lib({ name: 'base', options: { DEPTH: { type: 'int', default: 2, range: [1, 8], help: 'h' } } }),
  lib({ name: 'mid', requires: ['base'], options: { FAST: { type: 'bool', default: false, help: 'h' } } }),
  lib({ name: 'top', requires: ['mid'], sources: { common: ['a.c'] } }),
  lib({ name: 'side', requires: ['base'] }),
];

describe('variants', () => {
  it('shares a compile between apps with equal values and splits it otherwise', () => {
    const ws = makeWorkspace(pool(), [
      { manifest: { name: 'one', libraries: ['top'] } },
      { manifest: { name: 'two', libraries: ['top', 'side'] } },
      { manifest: { name: 'three', libraries: ['top'] }, config: { options: { mid: { FAST: true } } } },
    ]);
    const plan = planBuild(ws);
    const variant = (app: string, l: string) =>
      plan.images
        .get(app)!
        .get('kvm-x86_64')!
        .libs.find((x) => x.name === l)!.variant;
    expect(variant('one', 'top')).toBe(variant('two', 'top'));
    expect(variant('one', 'top')).not.toBe(variant('three', 'top'));
    // base cannot see mid's option: one compile for all three apps.
    expect(variant('one', 'base')).toBe(variant('three', 'base'));
    expect(plan.compiles.get('base')!.size).toBe(1);
    expect(plan.compiles.get('top')!.size).toBe(2);
  });
});
