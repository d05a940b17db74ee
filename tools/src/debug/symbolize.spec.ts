import { describe, expect, it } from 'vitest';
import { formatBacktrace, parseBacktraces } from './symbolize';

const EXCEPTION = [
  'CRASH: #PF page fault (vector 14)',
  'RIP 0x0000000000109130  RSP 0x0000000000124f68',
  'Backtrace:',
  '  #0  0x0000000000109130',
  '  #1  0x0000000000102a7d',
  'ukraft: crashed, status 127',
].join('\r\n');

describe('parseBacktraces', () => {
  it('takes #0 as the PC when the register dump shows it, other frames as return addresses', () => {
    const [bt] = parseBacktraces(EXCEPTION);
    expect(bt!.frames).toEqual([
      { index: 0, address: 0x109130n, lookup: 0x109130n },
      { index: 1, address: 0x102a7dn, lookup: 0x102a7cn },
    ]);
  });

  it('takes #0 of a panic (no register dump) as a return address; reads Xen-prefixed lines', () => {
    const out =
      '(d1) CRASH: stack smashing detected\n(d1) Backtrace:\n(d1)   #0  0x00000000002051ee\n(d1)   (stopped)\n';
    expect(parseBacktraces(out)).toEqual([{ frames: [{ index: 0, address: 0x2051een, lookup: 0x2051edn }] }]);
  });

  it('finds nothing in a clean run', () => {
    expect(parseBacktraces('hello\nukraft: main returned 0\n')).toEqual([]);
  });
});

describe('formatBacktrace', () => {
  it('prints function and place, inlined callers below, ?? for unknown', () => {
    const [bt] = parseBacktraces(EXCEPTION);
    expect(
      formatBacktrace(bt!, [
        [],
        [
          { fn: 'call_at', file: 'apps/crashtest/cases.c', line: 55 },
          { fn: 'main', file: 'apps/crashtest/main.c', line: 20 },
        ],
      ]),
    ).toEqual([
      '  #0  0x0000000000109130 in ??',
      '  #1  0x0000000000102a7d in call_at at apps/crashtest/cases.c:55',
      '      inlined into main at apps/crashtest/main.c:20',
    ]);
  });
});
