/**
 * nolibc and libm against glibc, on what C11 (ISO/IEC 9899:2011, clause
 * 7) specifies exactly: apps/cdiff prints one line per check (printf,
 * scanf, strto*, string.h, ctype.h, stdlib.h, time.h, math.h, locale.h,
 * and pseudo-random sweeps). The same source is built for the host with
 * clang, glibc and the sanitizers, run with TZ=UTC, and booted once on
 * linuxu-x86_64 and once on kvm-x86_64; the lines between "cdiff begin"
 * and "cdiff end" must be equal, line for line, but for the listed
 * departures below (each must still occur, so a fix shows up here).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostDriver, type HostDriver } from '../support/host-driver';
import { QEMU_X86, REPO, exec, lines, nx, qemuMicrovm } from '../support/run';

// Every C file of the app, as its uk.app.ts lists them.
const SOURCES = readdirSync(join(REPO, 'apps/cdiff'))
  .filter((f) => f.endsWith('.c'))
  .map((f) => `apps/cdiff/${f}`);
const LINUXU_IMAGE = 'dist/apps/cdiff/linuxu-x86_64/cdiff-app_linuxu-x86_64';
const KVM_IMAGE = 'dist/apps/cdiff/kvm-x86_64/cdiff-app_kvm-x86_64';

/**
 * Where glibc departs from C11 and nolibc follows it (7.21.6.2p9-10: the
 * input item is the longest prefix of a matching sequence, so "0x", "1e"
 * and "1.5e+" are matching failures, and %3c with two characters left is
 * one too). Each: glibc's line and ours.
 */
const GLIBC_DEPARTS: readonly { glibc: string; ours: string }[] = [
  {
    glibc: 'scanf [0x 07 08] [%lli %lli %lli%n]: ret=3 0 7 0 n=7',
    ours: 'scanf [0x 07 08] [%lli %lli %lli%n]: ret=0 -7 -7 -7 n=-7',
  },
  {
    glibc: 'scanf [0xg] [%lli%lld%lld%n]: ret=1 0 -7 -7 n=-7',
    ours: 'scanf [0xg] [%lli%lld%lld%n]: ret=0 -7 -7 -7 n=-7',
  },
  {
    glibc: 'scanf [0X1F 0x 5] [%llx %llx %llx%n]: ret=3 31 0 5 n=9',
    ours: 'scanf [0X1F 0x 5] [%llx %llx %llx%n]: ret=1 31 -7 -7 n=-7',
  },
  {
    glibc: 'scanf [-ff -7 +0x] [%llx %llo %llx%n]: ret=3 -255 -7 0 n=10',
    ours: 'scanf [-ff -7 +0x] [%llx %llo %llx%n]: ret=2 -255 -7 -7 n=-7',
  },
  {
    glibc: 'scanf [0x10] [%2lli%lli%lld%n]: ret=2 0 10 -7 n=-7',
    ours: 'scanf [0x10] [%2lli%lli%lld%n]: ret=0 -7 -7 -7 n=-7',
  },
  { glibc: 'scanf [ab] [%3c%n] ret=1 n=2: "ab......"', ours: 'scanf [ab] [%3c%n] ret=0 n=-7: "ab......"' },
  {
    glibc: 'scanf [1e] [%lf%lf%n]: ret=1 0x1p+0 -0x1.cp+2 n=-7',
    ours: 'scanf [1e] [%lf%lf%n]: ret=0 -0x1.cp+2 -0x1.cp+2 n=-7',
  },
  {
    glibc: 'scanf [1.5e+] [%lf%lf%n]: ret=1 0x1.8p+0 -0x1.cp+2 n=-7',
    ours: 'scanf [1.5e+] [%lf%lf%n]: ret=0 -0x1.cp+2 -0x1.cp+2 n=-7',
  },
];

/**
 * Where nolibc still deviates (docs/libc.md): long double is converted
 * through double (printf %L prints the nearest double, strtold rounds to
 * double); apps/cdiff prints those checks on "longdouble" lines.
 */
const NOLIBC_DEVIATES = /^longdouble (printf|strtold) /;

/** glibc names gmtime's zone "GMT" (implementation-defined, 7.27.3.5): read as "UTC". */
function normalize(line: string): string {
  return line.startsWith('time strftime gmtime %Z %z: ') ? line.replace(' GMT ', ' UTC ') : line;
}

function checks(out: string): string[] {
  const all = lines(out);
  const begin = all.indexOf('cdiff begin');
  const end = all.indexOf('cdiff end');
  expect(begin, out.slice(-2000)).toBeGreaterThanOrEqual(0);
  expect(end, out.slice(-2000)).toBeGreaterThan(begin);
  return all.slice(begin + 1, end).map(normalize);
}

/** Compare ours with glibc's line for line; returns a readable report of what is wrong ('' if nothing). */
function compare(glibc: string[], ours: string[]): string {
  const problems: string[] = [];
  if (ours.length !== glibc.length) problems.push(`line count: glibc ${glibc.length}, ours ${ours.length}`);
  const departed = new Set<number>();
  let deviated = 0;
  for (let i = 0; i < Math.min(glibc.length, ours.length); i++) {
    const g = glibc[i]!;
    const o = ours[i]!;
    const known = GLIBC_DEPARTS.findIndex((d) => d.glibc === g);
    if (known >= 0) {
      departed.add(known);
      if (o !== GLIBC_DEPARTS[known]!.ours)
        problems.push(`- ${g}\n+ ${o}\n  (C11's answer: ${GLIBC_DEPARTS[known]!.ours})`);
      continue;
    }
    if (g === o) continue;
    if (NOLIBC_DEVIATES.test(g) && NOLIBC_DEVIATES.test(o)) {
      deviated++;
      continue;
    }
    problems.push(`- ${g}\n+ ${o}`);
  }
  GLIBC_DEPARTS.forEach((d, k) => {
    if (!departed.has(k)) problems.push(`listed glibc departure not seen (glibc changed? drop it): ${d.glibc}`);
  });
  if (deviated === 0)
    problems.push('no long double line differs any more: drop NOLIBC_DEVIATES and update docs/libc.md');
  return problems.slice(0, 60).join('\n');
}

describe('C11 library checks: nolibc and libm against glibc', () => {
  let host: HostDriver;
  let glibc: string[];

  beforeAll(() => {
    host = buildHostDriver('cdiff', [...SOURCES, '-lm']);
    const r = exec(host.path, [], { timeoutS: 120, env: { TZ: 'UTC' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    glibc = checks(r.stdout);
    expect(glibc.length).toBeGreaterThan(15_000);
    for (const configuration of ['linuxu-x86_64', 'kvm-x86_64']) {
      const b = nx(['build', 'cdiff-app', `--configuration=${configuration}`]);
      expect(b.code, b.stdout + b.stderr).toBe(0);
    }
  });
  afterAll(() => host?.dispose());

  it('linuxu-x86_64 prints glibc’s lines', () => {
    const r = exec(LINUXU_IMAGE, [], { timeoutS: 120 });
    expect(r.code, r.stderr).toBe(0);
    expect(compare(glibc, checks(r.stdout))).toBe('');
  });

  it('kvm-x86_64 prints glibc’s lines', () => {
    const r = exec(QEMU_X86, qemuMicrovm(KVM_IMAGE, ''), { timeoutS: 300 });
    expect(r.code, r.stdout.slice(-2000)).toBe(1); // main returned 0, through isa-debug-exit
    expect(compare(glibc, checks(r.stdout))).toBe('');
  });
});
