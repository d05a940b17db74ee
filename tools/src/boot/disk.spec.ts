import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFor, initrdFor } from './options';
import { kvmX86_64 } from '../targets/kvm-x86_64';
import { kvmArm64 } from '../targets/kvm-arm64';
import { linuxuX86_64 } from '../targets/linuxu-x86_64';
import { diskArgs } from '../targets/types';

describe('disks and initrds on the boot command line', () => {
  it('a disk is a raw virtio-blk drive: MMIO on microvm, PCI elsewhere; commas doubled', () => {
    expect(diskArgs(undefined, 'virtio-blk-pci')).toEqual([]);
    expect(diskArgs('/a,b.img', 'virtio-blk-pci')).toEqual([
      '-drive',
      'file=/a,,b.img,format=raw,if=none,id=disk0',
      '-device',
      'virtio-blk-pci,drive=disk0',
    ]);
    const micro = kvmX86_64.boot('img', { memory: '64M', args: [], disk: '/d.img' }).args;
    expect(micro).toContain('virtio-blk-device,drive=disk0');
    const pc = kvmX86_64.boot('img', { memory: '64M', args: [], disk: '/d.img', machine: 'pc' }).args;
    expect(pc).toContain('virtio-blk-pci,drive=disk0');
  });

  it('an initrd is -initrd on kvm (the arm64 Image then), UK_INITRD on linuxu', () => {
    const x = kvmX86_64.boot('img', { memory: '64M', args: [], initrd: '/r.cpio' }).args;
    expect(x.slice(x.indexOf('-initrd'), x.indexOf('-initrd') + 2)).toEqual(['-initrd', '/r.cpio']);
    const a = kvmArm64.boot('img', { memory: '64M', args: [], initrd: '/r.cpio' }).args;
    expect(a[a.indexOf('-kernel') + 1]).toBe('img.Image');
    expect(kvmArm64.boot('img', { memory: '64M', args: [] }).args[a.indexOf('-kernel') + 1]).toBe('img');
    expect(linuxuX86_64.boot('img', { memory: '64M', args: [], initrd: '/r.cpio' }).env).toEqual({
      UK_INITRD: '/r.cpio',
    });
  });

  it('--disk and the initrd must exist; --initrd replaces the app one', () => {
    const d = mkdtempSync(join(tmpdir(), 'disk-spec-'));
    writeFileSync(join(d, 'ok.img'), '');
    writeFileSync(join(d, 'app.cpio'), '');
    expect(diskFor(undefined, d)).toBeUndefined();
    expect(diskFor('ok.img', d)).toBe(join(d, 'ok.img'));
    expect(() => diskFor('none.img', d)).toThrow(/--disk=none\.img does not exist/);
    expect(initrdFor({ initrds: { 'kvm-x86_64': 'app.cpio' } }, 'kvm-x86_64', d)).toBe(join(d, 'app.cpio'));
    expect(initrdFor({ initrds: { 'kvm-x86_64': 'app.cpio' } }, 'kvm-arm64', d)).toBeUndefined();
    expect(() => initrdFor({ initrd: 'x.cpio', initrds: { 'kvm-x86_64': 'app.cpio' } }, 'kvm-x86_64', d)).toThrow(
      /initrd x\.cpio does not exist/,
    );
  });
});
