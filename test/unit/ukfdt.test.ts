/**
 * libs/ukfdt on the host: the library and its test driver
 * (libs/ukfdt/tests/host.c) built with clang and the address and
 * undefined-behaviour sanitizers, run on device trees QEMU dumps for its
 * virt machine at test time, and on malformed copies of them, which must
 * be rejected with the right error and without any sanitizer report.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../support/run';

let dir: string;
let driver: string;
const dtb = (name: string) => join(dir, `${name}.dtb`);

function dump(name: string, machine: string, append: string, extra: string[] = []): void {
  const r = exec(
    'qemu-system-aarch64',
    [
      '-M',
      `${machine},dumpdtb=${dtb(name)}`,
      '-cpu',
      'cortex-a57',
      '-m',
      '128M',
      '-nographic',
      '-kernel',
      '/dev/null',
      '-append',
      append,
      ...extra,
    ],
    { timeoutS: 30 },
  );
  expect(r.code, r.stderr).toBe(0);
}

function run(...args: string[]): { code: number; out: string; err: string } {
  const r = exec(driver, args, { timeoutS: 120 });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

/** A copy of the QEMU tree with 32-bit big-endian header fields changed. */
function variant(name: string, fields: Record<number, number>, cut?: number): string {
  const buf = Buffer.from(readFileSync(dtb('virt')));
  for (const [off, v] of Object.entries(fields)) buf.writeUInt32BE(v >>> 0, Number(off));
  const file = join(dir, `${name}.dtb`);
  writeFileSync(file, cut === undefined ? buf : buf.subarray(0, cut));
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ukfdt-'));
  driver = join(dir, 'host');
  const cc = exec('bash', [
    '-c',
    `clang -std=c11 -O1 -g -Wall -Wextra -Werror -fsanitize=address,undefined -fno-sanitize-recover=all \
    -Ilibs/ukfdt/include libs/ukfdt/src/*.c libs/ukfdt/tests/host.c -o ${driver}`,
  ]);
  expect(cc.code, cc.stderr).toBe(0);
  dump('virt', 'virt', 'console=ttyAMA0 one two');
  dump('virt-el2', 'virt,virtualization=on', 'x');
  writeFileSync(join(dir, 'rd'), Buffer.alloc(1000, 7));
  dump('virt-initrd', 'virt', 'x', ['-initrd', join(dir, 'rd')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ukfdt reading QEMU virt device trees', () => {
  it('reads bootargs, memory, cells, PSCI and the UART', () => {
    const r = run(dtb('virt'));
    expect(r.err).toBe('');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('check: 0 no error');
    expect(r.out).toContain('bootargs: console=ttyAMA0 one two');
    expect(r.out).toMatch(/^memory: 0x40000000 0x8000000$/m);
    expect(r.out).toContain('memory-end: not found');
    expect(r.out).toContain('root-cells: 2 2');
    expect(r.out).toContain('psci-method: hvc');
    expect(r.out).toContain('pl011: 0x9000000 0x1000');
    expect(r.out).toContain('missing: not found');
    expect(r.out).toMatch(/^gic: intc@8000000$/m);
    // secure, non-secure, virtual, hypervisor timer: PPIs 13, 14, 11, 10
    expect(r.out).toMatch(/^timer-interrupts: 1 13 \d+ 1 14 \d+ 1 11 \d+ 1 10 \d+$/m);
    expect(r.out).not.toContain('path-mismatch');
    expect(Number(/^nodes: (\d+)$/m.exec(r.out)![1])).toBeGreaterThan(20);
  });

  it('finds the initrd QEMU -initrd names in /chosen, and none without it', () => {
    const r = run(dtb('virt-initrd'));
    expect(r.err).toBe('');
    const m = /^initrd: 0x([0-9a-f]+) 0x([0-9a-f]+)$/m.exec(r.out);
    expect(m, r.out).not.toBeNull();
    expect(parseInt(m![2]!, 16) - parseInt(m![1]!, 16)).toBe(1000);
    expect(run(dtb('virt')).out).toContain('initrd: not found');
  });

  it("sees the smc conduit when EL2 is the guest's (virtualization=on)", () => {
    const r = run(dtb('virt-el2'));
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain('psci-method: smc');
  });

  it('passes its built-in checks (an in-memory tree, every truncation and corruption)', () => {
    const r = run();
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^0 failed$/m);
    expect(r.code).toBe(0);
  });

  it('survives one-byte corruptions of the QEMU tree', () => {
    const r = run('--mutate', dtb('virt'), '7');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mutations: \d+ accepted, [1-9]\d* rejected/);
  });
});

describe('ukfdt rejects malformed trees without crashing', () => {
  const cases: [string, () => string, RegExp][] = [
    ['truncated inside the header', () => variant('cut-header', {}, 20), /check: -4 truncated/],
    ['truncated before totalsize', () => variant('cut-body', {}, 4096), /check: -4 truncated/],
    ['bad magic', () => variant('magic', { 0: 0xfeedd00d }), /check: -2 bad magic/],
    ['unsupported version', () => variant('version', { 20: 3 }), /check: -3 unsupported version/],
    ['structure block offset past the end', () => variant('off-struct', { 8: 0xffffff00 }), /check: -5 blocks outside/],
    ['strings block offset past the end', () => variant('off-strings', { 12: 0x7ffffff0 }), /check: -5 blocks outside/],
    ['structure size past the end', () => variant('size-struct', { 36: 0x40000000 }), /check: -5 blocks outside/],
    ['misaligned structure block', () => variant('align', { 8: 0x3a }), /check: -5 blocks outside/],
    ['reservation map offset past the end', () => variant('off-rsv', { 16: 0xfffffff8 }), /check: -5 blocks outside/],
  ];
  it.each(cases)('%s', (_name, make, want) => {
    const r = run(make());
    expect(r.err).toBe('');
    expect(r.out).toMatch(want);
    expect(r.code).toBe(1);
  });
});
