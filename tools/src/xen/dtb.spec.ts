import { describe, expect, it } from 'vitest';
import { chosenNodes, type XenArmBoot } from './dtb';

const base: XenArmBoot = {
  machine: 'virt,virtualization=on,gic-version=3',
  cpu: 'cortex-a57',
  ramMiB: 1024,
  xenArgs: 'console=dtuart dom0_mem=64M',
  kernel: { file: '/x/hello.Image', addr: 0x60000000, size: 0x5150, args: 'one "two"' },
  as: { kind: 'dom0' },
};

describe('the /chosen nodes for Xen on arm', () => {
  it('names the dom0 kernel as a multiboot module with its command line', () => {
    const dts = chosenNodes(base);
    expect(dts).toContain('xen,xen-bootargs = "console=dtuart dom0_mem=64M";');
    expect(dts).toContain('module@60000000 {');
    expect(dts).toContain('compatible = "multiboot,kernel", "multiboot,module";');
    expect(dts).toContain('reg = <0x0 0x60000000 0x0 0x5150>;');
    expect(dts).toContain('bootargs = "one \\"two\\"";');
    expect(dts).not.toContain('xen,domain');
  });

  it('adds a ramdisk module after the kernel when there is one (a Linux dom0)', () => {
    const dts = chosenNodes({ ...base, ramdisk: { addr: 0x64000000, size: 0xa86afe } });
    expect(dts).toMatch(/module@60000000 \{[^}]*\};\nmodule@64000000 \{/);
    expect(dts).toContain('compatible = "multiboot,ramdisk", "multiboot,module";');
    expect(dts).toContain('reg = <0x0 0x64000000 0x0 0xa86afe>;');
    expect(chosenNodes(base)).not.toContain('ramdisk');
  });

  it('puts the kernel inside a xen,domain node for a dom0less domU', () => {
    const dts = chosenNodes({ ...base, as: { kind: 'domU', memoryMiB: 64 } });
    expect(dts).toMatch(/domU1 \{\n\s+compatible = "xen,domain";/);
    expect(dts).toContain('memory = <0x0 0x10000>;'); // KiB
    expect(dts).toContain('vpl011;');
    expect(dts).toMatch(/vpl011;\n\s+module@60000000 \{/);
  });
});
