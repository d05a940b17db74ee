/**
 * The device layer against QEMU's machine configurations: apps/devtest
 * prints every device found (bus address, ids, BARs, the transport chosen,
 * the INTx route) and runs the in-image tests of ukdev, ukpci, ukvirtio
 * and uknetdev, which check what was found against configuration space
 * and the PCI rules (BAR sizes and alignment, no overlaps, capability
 * walks, routes). Here each configuration's list is checked for what that
 * machine must show: PCI through ports on pc, ECAM from the MCFG on q35,
 * virtio-mmio from the DSDT on microvm, and on arm64 virt ECAM from the
 * device tree with every BAR assigned by us inside the host bridge's
 * 32-bit window.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { summary } from '../support/expect';
import { virtArgs, x86Args } from '../support/qemu-net.mjs';
import { netnsUnavailable } from '../support/net';
import { exec, lines, nx } from '../support/run';

const X86 = 'dist/apps/devtest/kvm-x86_64/devtest_kvm-x86_64';
const ARM = 'dist/apps/devtest/kvm-arm64/devtest_kvm-arm64';
const nic = (n: number, dev = 'virtio-net-pci') => ['-netdev', `user,id=n${n}`, '-device', `${dev},netdev=n${n}`];

const bootX86 = (machine: string, extra: string[]) =>
  exec('qemu-system-x86_64', x86Args(machine, X86, extra), { timeoutS: 120 });
const bootVirt = (machine: string, extra: string[]) =>
  exec('qemu-system-aarch64', virtArgs(machine, ARM, extra), { timeoutS: 120 });

/** The "dev: ..." lines. */
const devs = (out: string) => lines(out).filter((l) => l.startsWith('dev: '));

/** Every in-image test passed: 13 on kvm (dev, netdev, pci, virtqueue), 7 on linuxu. */
function passed(out: string, least = 13): void {
  const s = summary(out);
  expect(s.failed, out).toBe(0);
  expect(s.passed).toBeGreaterThanOrEqual(least);
}

beforeAll(() => {
  const r = nx(['build', 'devtest']);
  expect(r.code, r.stdout + r.stderr).toBe(0);
});

describe('kvm-x86_64', () => {
  it('pc: PCI through the 0xcf8 ports, firmware BARs, INTx on an ISA IRQ, modern virtio with MSI-X', () => {
    const r = bootX86('pc', nic(0));
    passed(r.stdout);
    expect(r.code).toBe(1); // main returned 0
    const d = devs(r.stdout);
    expect(d).toContainEqual(
      expect.stringMatching(/^dev: pci00:00\.0 \[no driver\] pci 0000:00:00\.0 8086:1237 class 060000 via ports/),
    );
    expect(d).toContainEqual(
      expect.stringMatching(
        /^dev: pci00:0[2-9]\.0 \[virtio-pci\] pci 0000:00:0[2-9]\.0 1af4:1000 class 020000 via ports; bar0 io 0x[0-9a-f]+\/32; bar1 mem 0x[0-9a-f]+\/4K; bar4 mem64 pref 0x[0-9a-f]+\/16K; intx A irq 1[01] level; msix 4; virtio-pci modern, type 1$/,
      ),
    );
    expect(d).toContainEqual(
      expect.stringMatching(
        /^dev: virtio0 \[virtio-net\] virtio-pci modern; virtio-net0 mac 52:54:00:12:34:56 mtu 1500$/,
      ),
    );
  });

  it('pc with two NICs, one legacy-only: both bound, BARs apart (checked in-image)', () => {
    const r = bootX86('pc', [...nic(0), ...nic(1, 'virtio-net-pci,disable-modern=on,mac=52:54:00:00:00:02')]);
    passed(r.stdout);
    const d = devs(r.stdout).join('\n');
    expect(d).toMatch(/virtio-pci modern, type 1/);
    expect(d).toMatch(/virtio-pci legacy, type 1/);
    expect(d).toMatch(/virtio-net1 mac 52:54:00:00:00:02/);
  });

  it('q35: ECAM found through the ACPI MCFG table', () => {
    const r = bootX86('q35', nic(0));
    passed(r.stdout);
    const d = devs(r.stdout);
    expect(d).toContainEqual(
      expect.stringMatching(
        /^dev: pci00:00\.0 \[no driver\] pci 0000:00:00\.0 8086:29c0 class 060000 via ecam \(ACPI MCFG\)/,
      ),
    );
    expect(d).toContainEqual(
      expect.stringMatching(
        /\[virtio-pci\] .* 1af4:1000 class 020000 via ecam \(ACPI MCFG\);.* msix 4; virtio-pci modern/,
      ),
    );
  });

  it('microvm: no PCI; virtio-mmio (legacy v1) from the ACPI DSDT with its IOAPIC line', () => {
    const r = bootX86('microvm', nic(0, 'virtio-net-device'));
    passed(r.stdout);
    const d = devs(r.stdout);
    expect(d.filter((l) => / via /.test(l))).toEqual([]);
    expect(d).toContainEqual(
      expect.stringMatching(
        /^dev: virtio0 \[virtio-net\] mmio 0xfeb0[0-9a-f]{4}\/0x200; virtio-mmio v1 \(legacy\); virtio-net0 mac 52:54:00:12:34:56 mtu 1500$/,
      ),
    );
  });

  it('microvm with force-legacy=false: virtio-mmio v2', () => {
    const r = bootX86('microvm', ['-global', 'virtio-mmio.force-legacy=false', ...nic(0, 'virtio-net-device')]);
    passed(r.stdout);
    expect(devs(r.stdout).join('\n')).toMatch(/\[virtio-net\] mmio 0xfeb0[0-9a-f]{4}\/0x200; virtio-mmio v2;/);
  });

  it('a bad virtio_mmio.device= word is reported, kept out of argv, and nothing is made of it', () => {
    const r = bootX86('microvm,acpi=off', ['-append', 'virtio_mmio.device=512@nowhere:12']);
    expect(r.stdout).toContain('kvm: ignoring virtio_mmio.device=512@nowhere:12: base address is not a number');
    passed(r.stdout);
    expect(devs(r.stdout).filter((l) => l.includes('virtio'))).toEqual([]);
  });
});

describe('kvm-arm64 (virt)', () => {
  function barsInWindow(d: string[]): void {
    let n = 0;
    for (const l of d) {
      for (const m of l.matchAll(/bar\d (io|mem|mem64)( pref)? 0x([0-9a-f]+)\/(\d+)(K|M)? \(assigned\)/g)) {
        const addr = parseInt(m[3]!, 16);
        const size = Number(m[4]) * (m[5] === 'K' ? 1024 : m[5] === 'M' ? 1 << 20 : 1);
        expect(addr % size, l).toBe(0);
        if (m[1] === 'io') expect(addr + size).toBeLessThanOrEqual(0x10000);
        else {
          expect(addr).toBeGreaterThanOrEqual(0x10000000);
          expect(addr + size).toBeLessThanOrEqual(0x3eff0000);
        }
        n++;
      }
    }
    expect(n).toBeGreaterThan(0);
  }

  it.each([
    ['GICv2', 'virt'],
    ['GICv3', 'virt,gic-version=3'],
  ])('%s: ECAM from the device tree, BARs assigned from its window, INTx through interrupt-map', (_n, machine) => {
    const r = bootVirt(machine, [...nic(0), ...nic(1, 'virtio-net-pci,mac=52:54:00:00:00:02')]);
    passed(r.stdout);
    const d = devs(r.stdout);
    expect(d).toContainEqual(
      expect.stringMatching(
        /^dev: pci00:00\.0 \[no driver\] pci 0000:00:00\.0 1b36:0008 class 060000 via ecam \(device tree\); intx none$/,
      ),
    );
    const vp = d.filter((l) => l.includes('[virtio-pci]'));
    expect(vp).toHaveLength(2);
    // Slots 1 and 2, INTA: the swizzled SPIs of QEMU's map (3 + slot) % 4 + 3.
    expect(vp[0]).toMatch(/pci 0000:00:01\.0 1af4:1000 .*; intx A irq 36 level; msix 4; virtio-pci modern/);
    expect(vp[1]).toMatch(/pci 0000:00:02\.0 1af4:1000 .*; intx A irq 37 level; msix 4; virtio-pci modern/);
    barsInWindow(vp);
  });

  it('virtio-mmio from the device tree: v1 by default, v2 with force-legacy=false, edge-triggered SPIs', () => {
    const v1 = bootVirt('virt', nic(0, 'virtio-net-device'));
    passed(v1.stdout);
    expect(devs(v1.stdout).join('\n')).toMatch(
      /\[virtio-net\] mmio 0xa00[0-9a-f]{4}\/0x200; virtio-mmio v1 \(legacy\);/,
    );
    const v2 = bootVirt('virt,gic-version=3', [
      '-global',
      'virtio-mmio.force-legacy=false',
      ...nic(0, 'virtio-net-device'),
    ]);
    passed(v2.stdout);
    expect(devs(v2.stdout).join('\n')).toMatch(/\[virtio-net\] mmio 0xa00[0-9a-f]{4}\/0x200; virtio-mmio v2;/);
  });
});

describe('linuxu', () => {
  it('without the TAP interface, the driver says so (and creates none) and the tests still pass', () => {
    const img = 'dist/apps/devtest/linuxu-x86_64/devtest_linuxu-x86_64';
    // In a namespace of its own where there is no tap0 (root), else here.
    const ns = netnsUnavailable() ? null : `ukraft-devtest-${process.pid}`;
    if (ns) exec('ip', ['netns', 'add', ns]);
    try {
      const r = ns ? exec('ip', ['netns', 'exec', ns, img], { timeoutS: 60 }) : exec(img, [], { timeoutS: 60 });
      passed(r.stdout, 7);
      expect(r.code).toBe(0);
      expect(devs(r.stdout)).toContainEqual(
        'dev: host-tap0 [linuxu-tap failed: not found (-2)] no TAP interface tap0 in this network namespace (create it: ip tuntap add dev tap0 mode tap)',
      );
      if (ns) expect(exec('ip', ['-n', ns, '-o', 'link']).stdout).not.toContain('tap0');
    } finally {
      if (ns) exec('ip', ['netns', 'del', ns]);
    }
  });
});
