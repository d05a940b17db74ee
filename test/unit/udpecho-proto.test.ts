/**
 * udpecho's frame handler (apps/udpecho/proto.c) compiled for the host
 * with ASan and UBSan and driven by test/unit/udpecho-driver.c: 100,000
 * rounds per seed, each a valid UDP request of random size (its reply
 * must be exact: addresses swapped, lengths and checksums right, payload
 * unchanged), a valid ARP request and ICMP echo request, a mutated
 * request (flipped bytes, cut or lengthened) and a random frame. Any read
 * or write outside a frame's buffer, or any undefined behaviour, fails
 * the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostDriver, type HostDriver } from '../support/host-driver';
import { exec } from '../support/run';

let built: HostDriver;
let driver: string;

beforeAll(() => {
  built = buildHostDriver('udpecho-driver', [
    '-ffunction-sections',
    '-Wl,--gc-sections', // the pool functions (and their allocator calls) go
    '-Ilibs/uknetdev/include',
    '-Ilibs/ukalloc/include',
    'test/unit/udpecho-driver.c',
    'apps/udpecho/proto.c',
    'libs/uknetdev/src/netbuf.c',
  ]);
  driver = built.path;
});
afterAll(() => built?.dispose());

describe('udpecho frame handling on the host (ASan, UBSan)', () => {
  it.each([1, 2, 3])('answers valid requests exactly and survives damaged and random frames (seed %i)', (seed) => {
    const r = exec(driver, [String(seed), '100000'], { timeoutS: 240 });
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
    const m = /^ok frames (\d+) echoed (\d+) arp (\d+) icmp (\d+) short (\d+) badlen (\d+) badcsum (\d+)/m.exec(
      r.stdout,
    );
    expect(m, r.stdout).not.toBeNull();
    expect(Number(m![1])).toBe(500_000);
    expect(Number(m![2])).toBeGreaterThanOrEqual(100_000);
    expect(Number(m![3])).toBe(100_000);
    expect(Number(m![4])).toBe(100_000);
    // The damaged frames really were turned away for each reason.
    for (const i of [5, 6, 7]) expect(Number(m![i])).toBeGreaterThan(1000);
  });
});
