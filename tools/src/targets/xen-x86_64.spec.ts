import { describe, expect, it } from 'vitest';
import { xenX86QemuArgs } from './xen-x86_64';

describe('xen-x86_64 under QEMU', () => {
  it('passes the image as dom0 module with its command line, commas escaped', () => {
    const args = xenX86QemuArgs('/c/xen', '/d/img', { memory: '32M', args: ['a,b', 'c'] });
    expect(args[args.indexOf('-initrd') + 1]).toBe('/d/img a,,b c');
    expect(args[args.indexOf('-kernel') + 1]).toBe('/c/xen');
    expect(args[args.indexOf('-append') + 1]).toContain('dom0_mem=32M');
    expect(args).toContain('-no-reboot');
  });
});
