/**
 * virtio-blk through uk/blkdev.h on kvm-x86_64: `nx run --disk` attaches a
 * raw image file; the guest reads what the host wrote, writes sectors the
 * host then finds in the file, and the next boot reads them back. Both
 * transports: virtio-mmio (microvm) and virtio-pci (pc).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QEMU_X86, exec, nx, qemuMicrovm } from '../support/run';

const IMAGE = 'dist/apps/fstest/kvm-x86_64/fstest_kvm-x86_64';
let tmp = '';

function disk(name: string): string {
  const p = join(tmp, name);
  const b = Buffer.alloc(1 << 20);
  b.write('hello from the host disk\n');
  writeFileSync(p, b);
  return p;
}

describe('virtio-blk on kvm-x86_64', () => {
  beforeAll(() => {
    const r = nx(['build', 'fstest', '-c', 'kvm-x86_64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    tmp = mkdtempSync(join(tmpdir(), 'uk-blk-'));
  }, 300_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('nx run --disk: reads the host data, writes sectors the host finds, and the next boot sees them', () => {
    const d = disk('a.img');
    const first = nx(['run', 'fstest:run', '-c', 'kvm-x86_64', '--args=blk', `--disk=${d}`]);
    expect(first.stdout).toContain('blk: vblk0 2048 sectors');
    expect(first.stdout).toContain('blk: sector 0: hello from the host disk');
    expect(first.stdout).toMatch(/blk: sector 1: $/m);
    expect(first.stdout).toContain('blk: read past the end: -22');
    expect(first.stdout).toContain('blk: wrote, flushed and read back sectors 1-8');
    expect(first.code).toBe(0);
    const bytes = readFileSync(d);
    for (let s = 1; s <= 8; s++)
      expect(bytes.subarray(s * 512, s * 512 + 40).toString('latin1')).toContain(
        `written by the guest to sector ${s}\n`,
      );
    expect(bytes.subarray(9 * 512, 10 * 512).every((c) => c === 0)).toBe(true);

    const second = exec(
      QEMU_X86,
      qemuMicrovm(IMAGE, 'blk', [
        '-M',
        'pc',
        '-drive',
        `file=${d},format=raw,if=none,id=d0`,
        '-device',
        'virtio-blk-pci,drive=d0',
      ]),
      { timeoutS: 60 },
    );
    expect(second.stdout).toContain('blk: sector 1: written by the guest to sector 1');
    expect(second.code).toBe(1);
  }, 90_000);

  it('a read-only disk refuses writes with EROFS and stays unchanged', () => {
    const d = disk('ro.img');
    const r = exec(
      QEMU_X86,
      qemuMicrovm(IMAGE, 'blk', [
        '-drive',
        `file=${d},format=raw,if=none,id=d0,readonly=on`,
        '-device',
        'virtio-blk-device,drive=d0',
      ]),
      { timeoutS: 60 },
    );
    expect(r.stdout).toContain('blk: vblk0 2048 sectors read-only');
    expect(r.stdout).toContain('blk: write to a read-only disk: -30');
    expect(r.code).toBe(1);
    expect(
      readFileSync(d)
        .subarray(512, 1024)
        .every((c) => c === 0),
    ).toBe(true);
  }, 90_000);
});
