import { describe, expect, it } from 'vitest';
import { flameGraphSvg } from './flamegraph';
import { foldedText, parseProfile, topFunctions } from './prof';

const DUMP = [
  'proftest: 3 rounds',
  'ukprof: begin hz=1000 depth=16 samples=5 lost=2',
  'ukprof: 3 10a 20b 30c',
  'ukprof: 2 10b 20b 30c',
  'ukprof: end',
  'ukraft: main returned 0',
].join('\r\n');

describe('parseProfile', () => {
  it('reads the last whole dump: header, runs and their addresses', () => {
    const p = parseProfile(`ukprof: begin hz=1 depth=1 samples=1 lost=0\nukprof: 1 ff\nukprof: end\n${DUMP}`)!;
    expect(p).toMatchObject({ hz: 1000, depth: 16, samples: 5, lost: 2 });
    expect(p.runs).toEqual([
      { count: 3, pcs: [0x10an, 0x20bn, 0x30cn] },
      { count: 2, pcs: [0x10bn, 0x20bn, 0x30cn] },
    ]);
  });

  it('ignores a dump cut off before its end line', () => {
    expect(parseProfile('ukprof: begin hz=1000 depth=16 samples=5 lost=0\nukprof: 3 10a\n')).toBeUndefined();
  });
});

describe('folded stacks and the flame graph', () => {
  const folded = new Map([
    ['main;spin', 8],
    ['main;print<&>', 2],
  ]);

  it('prints heaviest first and ranks leaves by self samples', () => {
    expect(foldedText(folded)).toBe('main;spin 8\nmain;print<&> 2');
    expect(topFunctions(folded, 5)).toEqual([
      { fn: 'spin', samples: 8, percent: 80 },
      { fn: 'print<&>', samples: 2, percent: 20 },
    ]);
  });

  it('draws one titled frame per node, widths by samples, names escaped', () => {
    const svg = flameGraphSvg(folded, 't');
    expect(svg).toContain('<title>spin (8 samples, 80.00%)</title>');
    expect(svg).toContain('<title>print&lt;&amp;&gt; (2 samples, 20.00%)</title>');
    expect(svg).not.toContain('print<&>');
    const width = (name: string) => Number(new RegExp(`<title>${name} .*?width="([\\d.]+)"`).exec(svg)![1]);
    expect(width('spin') / width('main')).toBeCloseTo(0.8, 5);
  });
});
