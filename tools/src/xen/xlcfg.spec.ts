import { describe, expect, it } from 'vitest';
import { hasNetworkDriver, memoryMiB, xlConfigText } from './xlcfg';

describe('xl config', () => {
  it('converts memory sizes to MiB', () => {
    expect(memoryMiB('64M')).toBe(64);
    expect(memoryMiB('1G')).toBe(1024);
    expect(memoryMiB('65536K')).toBe(64);
    expect(() => memoryMiB('lots')).toThrow(/not understood/);
  });

  it('writes a PV domain with the run defaults', () => {
    const text = xlConfigText({
      name: 'hello_xen-x86_64',
      kernel: 'hello_xen-x86_64',
      memory: '64M',
      vcpus: 1,
      args: ['one', 'two words', 'say "hi"'],
      type: 'pv',
    });
    expect(text).toContain('name = "hello_xen-x86_64"\n');
    expect(text).toContain('type = "pv"\n');
    expect(text).toContain('kernel = "hello_xen-x86_64"\n');
    expect(text).toContain('memory = 64\n');
    expect(text).toContain('vcpus = 1\n');
    // Each word quoted for ukargparse, then as an xl string.
    expect(text).toContain(`extra = "one 'two words' 'say \\"hi\\"'"\n`);
    expect(text).not.toContain('vif');
  });

  it('gives an image with a network driver one vif on the harness bridge', () => {
    const base = { name: 'h', kernel: 'h', memory: '64M', vcpus: 1, args: [], type: 'pv' as const };
    expect(xlConfigText({ ...base, vif: true })).toContain("vif = ['bridge=br0']\n");
    expect(hasNetworkDriver(['lwip', 'netfront', 'uknetdev'])).toBe(true);
    expect(hasNetworkDriver(['lwip', 'uknetdev', 'xenbus'])).toBe(false);
  });
});
