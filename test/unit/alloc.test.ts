/**
 * The allocators on the host: each of ukallocregion, ukallocbbuddy and
 * ukalloctlsf, with ukalloc, compiled with clang, ASan and UBSan, driven
 * by the seeded random workload of uk/ukalloc_stress.h: 1,000,000
 * operations over request sizes of 1 B to 1 MiB with alignment, overlap,
 * usable-size and sampled content checks (first and last 64 bytes and
 * one byte per 4 KiB of every block), then shorter runs that fill and
 * check every byte and run the allocator's own consistency check often.
 * The region allocator only sustains stack-order use, so it runs in
 * that mode (the others run both).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOCATORS, buildAllocDriver } from '../support/alloc-host.mjs';
import { exec } from '../support/run';

const MiB = 1 << 20;
let dir: string;
const drivers = new Map<string, string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ukalloc-host-'));
  for (const a of ALLOCATORS) drivers.set(a.name, buildAllocDriver(a, join(dir, a.name), { sanitize: true }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  ops: number;
  seed: number;
  max: number;
  slots: number;
  lifo: boolean;
  full: boolean;
  checkEvery: number;
}

function stress(name: string, r: Run): { allocs: number; frees: number; reallocs: number; enomem: number } {
  const args = ['stress', r.ops, r.seed, r.max, r.slots, r.lifo ? 1 : 0, r.full ? 1 : 0, r.checkEvery].map(String);
  const res = exec(drivers.get(name)!, args, { timeoutS: 240 });
  expect(res.stderr).toBe('');
  expect(res.stdout).toMatch(/^ok$/m);
  expect(res.code, res.stdout).toBe(0);
  const m = /^allocs (\d+) frees (\d+) reallocs (\d+) enomem (\d+)/m.exec(res.stdout)!;
  return { allocs: Number(m[1]), frees: Number(m[2]), reallocs: Number(m[3]), enomem: Number(m[4]) };
}

describe.each(ALLOCATORS)('$lib on the host', (a) => {
  it.each([1, 2])('survives 1,000,000 random operations over 1 B .. 1 MiB (seed %i)', (seed) => {
    const s = stress(a.name, {
      ops: 1_000_000,
      seed,
      max: MiB,
      slots: 64,
      lifo: a.lifo,
      full: false,
      checkEvery: 250_000,
    });
    expect(s.allocs).toBe(s.frees);
    expect(s.allocs + s.frees + s.reallocs).toBeGreaterThan(900_000);
    expect(s.enomem).toBe(0);
  });

  it('keeps every byte of every block and its own invariants (full checks)', () => {
    const s = stress(a.name, {
      ops: 200_000,
      seed: 3,
      max: 64 * 1024,
      slots: 96,
      lifo: a.lifo,
      full: true,
      checkEvery: 1000,
    });
    expect(s.enomem).toBe(0);
  });

  it.runIf(!a.lifo)('serves stack-order use too', () => {
    stress(a.name, { ops: 300_000, seed: 4, max: MiB, slots: 64, lifo: true, full: false, checkEvery: 10_000 });
  });
});
