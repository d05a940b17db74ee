/**
 * The network path end to end without a TCP/IP stack: udpecho (netdev,
 * virtio-net or the linuxu TAP device) booted on every machine
 * configuration the device layer supports, exchanging UDP datagrams with
 * the host: random payloads of 1 to 1472 bytes must come back byte for
 * byte, through the queue interrupt (udpecho reports "interrupts" and
 * counts queue events), and the device line names the transport and the
 * interrupt route that were used.
 *
 * kvm guests use QEMU user networking with a UDP host forward on a free
 * loopback port; linuxu images use a TAP interface in a network namespace
 * the test creates (root only: skipped, saying why, otherwise).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeUdpPort, netnsUnavailable, startGuest, tapNamespace, type Guest } from '../support/net';
import { userNet, virtArgs, x86Args } from '../support/qemu-net.mjs';
import { REPO, nx } from '../support/run';
import { exchange, payloads, stats } from '../support/udp-client.mjs';

const IMG = (t: string) => `dist/apps/udpecho/${t}/udpecho_${t}`;
const READY = /^udpecho: ready$/m;
const BOOT_MS = 90_000;

const x86 = (machine: string, dev: string, port: number, extra: string[] = []) =>
  x86Args(machine, IMG('kvm-x86_64'), [...userNet(port), '-device', `${dev},netdev=n0`, ...extra]);

const virt = (machine: string, dev: string, port: number, extra: string[] = []) =>
  virtArgs(machine, IMG('kvm-arm64'), [...userNet(port), '-device', `${dev},netdev=n0`, ...extra]);

/** Echo 30 random datagrams and check udpecho's own counters agree. */
async function echoes(g: Guest, host: string, port: number, seed: number, poll = false): Promise<void> {
  const list = payloads(30, seed);
  const r = await exchange({ host, port, list });
  expect(r.lost, g.out()).toBe(0);
  expect(r.received).toBe(30);
  // Idle for a moment, so the guest surely sleeps on the queue: the stats
  // query then has to wake it through the interrupt.
  await new Promise((ok) => setTimeout(ok, 500));
  const st = await stats({ host, port });
  expect(st, g.out()).not.toBeNull();
  expect(st!.echoed).toBeGreaterThanOrEqual(30);
  expect((st!.badcsum ?? 0) + (st!.badlen ?? 0) + (st!.short ?? 0)).toBe(0);
  if (!poll) expect(st!.irqs, 'the queue interrupt woke the receiver').toBeGreaterThan(0);
  expect(g.out()).not.toMatch(/CRASH/);
}

beforeAll(() => {
  const r = nx(['build', 'udpecho']);
  expect(r.code, r.stdout + r.stderr).toBe(0);
});

type Config = [name: string, machine: string, dev: string, expects: RegExp[], extra?: string[], args?: string];

describe('udpecho on kvm-x86_64', () => {
  const configs: Config[] = [
    ['pc: virtio-net-pci, modern, MSI-X', 'pc', 'virtio-net-pci', [/virtio-pci modern/, /msix 3 vectors/, /via ports/]],
    ['pc: INTx through the IOAPIC', 'pc', 'virtio-net-pci,vectors=0', [/virtio-pci modern/, /intx irq 1[01]\b/]],
    ['pc: legacy virtio-pci (0.9.5)', 'pc', 'virtio-net-pci,disable-modern=on', [/virtio-pci legacy/, /msix 3/]],
    ['q35: ECAM from ACPI MCFG, MSI-X', 'q35', 'virtio-net-pci', [/via ecam \(ACPI MCFG\)/, /msix 3 vectors/]],
    ['q35: INTx', 'q35', 'virtio-net-pci,vectors=0', [/via ecam/, /intx irq \d+/]],
    [
      // A 2 GiB BAR leaves no room below 4 GiB: SeaBIOS moves the 64-bit
      // BARs up, and the image maps them through page tables it adds.
      'q35: a 64-bit BAR above 4 GiB',
      'q35',
      'virtio-net-pci',
      [/virtio-pci\] .*bar4 mem64 pref 0x[1-9][0-9a-f]{8}\/16K/, /msix 3 vectors/],
      ['-object', 'memory-backend-ram,id=m1,size=2G', '-device', 'ivshmem-plain,memdev=m1'],
    ],
    [
      'microvm: virtio-mmio v1 (legacy) from the DSDT',
      'microvm',
      'virtio-net-device',
      [/virtio-mmio v1/, /irq \d+ level/],
    ],
    [
      'microvm: virtio-mmio v2',
      'microvm',
      'virtio-net-device',
      [/virtio-mmio v2/, /irq \d+ level/],
      ['-global', 'virtio-mmio.force-legacy=false'],
    ],
    [
      'microvm without ACPI: virtio_mmio.device= on the command line',
      'microvm,acpi=off',
      'virtio-net-device',
      [/mmio 0xfeb00e00\/0x200/, /irq 12 level/],
      [],
      'virtio_mmio.device=512@0xfeb00e00:12',
    ],
    ['pc in polling mode ("poll")', 'pc', 'virtio-net-pci', [/virtio-pci modern/], [], 'poll'],
  ];

  it.each(configs)('%s: echoes every datagram', async (_n, machine, dev, expects, extra = [], args) => {
    const port = await freeUdpPort();
    const g = startGuest('qemu-system-x86_64', x86(machine, dev, port, [...extra, ...(args ? ['-append', args] : [])]));
    try {
      await g.waitFor(READY, BOOT_MS);
      for (const re of expects) expect(g.out()).toMatch(re);
      expect(g.out()).toMatch(args === 'poll' ? /port 7 polling/ : /port 7 interrupts/);
      expect(g.out()).not.toContain('virtio_mmio.device'); /* not an argument of main */
      await echoes(g, '127.0.0.1', port, port, args === 'poll');
    } finally {
      await g.stop();
    }
  });
});

describe('udpecho on kvm-arm64 (virt)', () => {
  const configs: Config[] = [
    [
      'GICv2, virtio-net-pci (BARs assigned, INTx to an SPI)',
      'virt',
      'virtio-net-pci',
      [/\(assigned\)/, /intx irq 3[6-9]\b/],
    ],
    ['GICv3, virtio-net-pci', 'virt,gic-version=3', 'virtio-net-pci', [/virtio-pci modern/, /intx irq \d+/]],
    [
      'GICv3, legacy virtio-pci (I/O BAR through the window)',
      'virt,gic-version=3',
      'virtio-net-pci,disable-modern=on',
      [/virtio-pci legacy/, /bar0 io/],
    ],
    ['GICv2, virtio-mmio v1 from the device tree', 'virt', 'virtio-net-device', [/virtio-mmio v1/, /irq \d+ edge/]],
    [
      'GICv3, virtio-mmio v2',
      'virt,gic-version=3',
      'virtio-net-device',
      [/virtio-mmio v2/, /irq \d+ edge/],
      ['-global', 'virtio-mmio.force-legacy=false'],
    ],
  ];

  it.each(configs)('%s: echoes every datagram', async (_n, machine, dev, expects, extra = []) => {
    const port = await freeUdpPort();
    const g = startGuest('qemu-system-aarch64', virt(machine, dev, port, extra));
    try {
      await g.waitFor(READY, BOOT_MS);
      for (const re of expects) expect(g.out()).toMatch(re);
      expect(g.out()).toMatch(/port 7 interrupts/);
      await echoes(g, '127.0.0.1', port, port);
    } finally {
      await g.stop();
    }
  });
});

describe.each(['linuxu-x86_64', 'linuxu-arm64'])('udpecho on %s over a TAP device', (target) => {
  const why = netnsUnavailable();
  let ns: ReturnType<typeof tapNamespace> | undefined;
  beforeAll(() => {
    if (!why) ns = tapNamespace(target.replace('linuxu-', 'ue'));
  });
  afterAll(() => ns?.dispose());

  it.skipIf(why !== null)(why ? `echoes every datagram (skipped: ${why})` : 'echoes every datagram', async () => {
    const cmd = target === 'linuxu-arm64' && process.arch !== 'arm64' ? 'qemu-aarch64' : IMG(target);
    const args = [...(cmd === 'qemu-aarch64' ? [IMG(target)] : []), `ip=${ns!.guestIp}`];
    const g = startGuest(cmd, args, ns!.name);
    try {
      await g.waitFor(READY, BOOT_MS);
      expect(g.out()).toMatch(/\[linuxu-tap\] tap tap0 fd \d+/);
      expect(g.out()).toMatch(/port 7 interrupts/);
      const client = join(REPO, 'test/support/udp-client.mjs');
      const r = ns!.run(process.execPath, [client, 'echo', ns!.guestIp, '7', '30', '7']);
      expect(r.code, r.stderr + g.out()).toBe(0);
      const res = JSON.parse(r.stdout);
      expect(res.lost, g.out()).toBe(0);
      expect(res.received).toBe(30);
      const s = JSON.parse(ns!.run(process.execPath, [client, 'stats', ns!.guestIp, '7']).stdout);
      expect(s.echoed).toBeGreaterThanOrEqual(30);
      expect(s.irqs).toBeGreaterThan(0);
    } finally {
      await g.stop();
    }
  });
});
