/**
 * snapfs, the persistent file system on virtio-blk (kvm-x86_64): what is
 * fsync()ed survives a reboot, and killing QEMU at random points of a
 * write-and-fsync loop (a power cut of the guest) always leaves a
 * file system that mounts, consistent, with every round reported synced.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QEMU_X86, exec, nx, qemuMicrovm } from '../support/run';

const IMAGE = 'dist/apps/fstest/kvm-x86_64/fstest_kvm-x86_64';
let tmp = '';

function boot(disk: string, args: string, timeoutS: number) {
  return exec(
    QEMU_X86,
    qemuMicrovm(IMAGE, args, [
      '-drive',
      `file=${disk},format=raw,if=none,id=d0`,
      '-device',
      'virtio-blk-device,drive=d0',
    ]),
    { timeoutS },
  );
}

const mounted = (out: string) => /persist: mounted generation (\d+), round (\d+) consistent/.exec(out);
const lastSynced = (out: string) =>
  Math.max(0, ...[...out.matchAll(/persist: round (\d+) synced/g)].map((m) => Number(m[1])));

describe('snapfs on kvm-x86_64', () => {
  beforeAll(() => {
    const r = nx(['build', 'fstest', '-c', 'kvm-x86_64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    tmp = mkdtempSync(join(tmpdir(), 'uk-snapfs-'));
  }, 300_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('an empty disk mounts empty; fsynced rounds are there after a reboot', () => {
    const d = join(tmp, 'reboot.img');
    writeFileSync(d, Buffer.alloc(4 << 20));
    const first = boot(d, 'persist 3', 60);
    expect(first.stdout).toContain('persist: mounted generation 0, round 0 consistent');
    expect(first.stdout).toContain('persist: round 3 synced');
    expect(first.code).toBe(1);
    const second = boot(d, 'persist 1', 60);
    expect(second.stdout).toContain('persist: mounted generation 3, round 3 consistent');
    expect(second.stdout).toContain('persist: round 4 synced');
    expect(second.code).toBe(1);
  }, 90_000);

  it('20 random power cuts in a row: it always mounts, consistent, and keeps every synced round', () => {
    const d = join(tmp, 'cuts.img');
    writeFileSync(d, Buffer.alloc(4 << 20));
    let synced = 0;
    for (let cut = 0; cut < 20; cut++) {
      const r = boot(d, 'persist 0', 0.4 + Math.random() * 1.2);
      const m = mounted(r.stdout);
      if (!m) {
        // Killed before the mount line: nothing was written this boot.
        expect(r.stdout, `cut ${cut}`).not.toMatch(/INCONSISTENT|mount failed|CRASH/);
        continue;
      }
      expect(Number(m[2]), `cut ${cut}: round after the mount`).toBeGreaterThanOrEqual(synced);
      synced = Math.max(synced, lastSynced(r.stdout), Number(m[2]));
    }
    const last = boot(d, 'persist 1', 60);
    expect(last.stdout).not.toContain('INCONSISTENT');
    const m = mounted(last.stdout);
    expect(m, last.stdout).not.toBeNull();
    expect(Number(m![2])).toBeGreaterThanOrEqual(synced);
    expect(synced).toBeGreaterThan(0);
    expect(last.code).toBe(1);
  }, 120_000);
});
