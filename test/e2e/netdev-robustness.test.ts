/**
 * Bad frames at the device, then echo still works: udpecho over a TAP
 * interface in a network namespace (linuxu-x86_64 reading the TAP itself;
 * kvm-x86_64 on pc and kvm-arm64 on virt through QEMU's tap backend)
 * takes runts, every lie an IPv4/UDP/ARP header can tell about lengths
 * and checksums, fragments, frames up to a 9000-byte MTU and 3000 random
 * frames from test/support/rawsend.c (an AF_PACKET socket on the host
 * side), and must neither crash nor stop answering: 30 datagrams echoed
 * exactly afterwards, and its counters show the malformed frames dropped
 * for the right reasons. Root only (network namespaces, raw sockets).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { netnsUnavailable, startGuest, tapNamespace, type Guest, type TapNamespace } from '../support/net';
import { tapNet, virtArgs, x86Args } from '../support/qemu-net.mjs';
import { REPO, exec, nx } from '../support/run';

const why = netnsUnavailable();
const CLIENT = join(REPO, 'test/support/udp-client.mjs');
const READY = /^udpecho: ready$/m;
let dir: string;
let rawsend: string;

beforeAll(() => {
  if (why) return;
  for (const t of ['linuxu-x86_64', 'kvm-x86_64', 'kvm-arm64']) {
    const r = nx(['build', 'udpecho', `--configuration=${t}`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
  dir = mkdtempSync(join(tmpdir(), 'rawsend-'));
  rawsend = join(dir, 'rawsend');
  const c = exec('clang', [
    '-std=c11',
    '-D_GNU_SOURCE',
    '-O2',
    '-Wall',
    '-Wextra',
    '-Werror',
    'test/support/rawsend.c',
    '-o',
    rawsend,
  ]);
  expect(c.code, c.stdout + c.stderr).toBe(0);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function echoIn(ns: TapNamespace, count: number, seed: number) {
  const r = ns.run(process.execPath, [CLIENT, 'echo', ns.guestIp, '7', String(count), String(seed)], 120);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { received: number; lost: number };
}

function statsIn(ns: TapNamespace): Record<string, number> {
  const r = ns.run(process.execPath, [CLIENT, 'stats', ns.guestIp, '7'], 60);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

interface Case {
  name: string;
  start(ns: TapNamespace): Guest;
}

const cases: Case[] = [
  {
    name: 'linuxu-x86_64 (reads the TAP itself)',
    start: (ns) => startGuest('dist/apps/udpecho/linuxu-x86_64/udpecho_linuxu-x86_64', [`ip=${ns.guestIp}`], ns.name),
  },
  {
    name: 'kvm-x86_64 on pc (virtio-net-pci, MSI-X)',
    start: (ns) =>
      startGuest(
        'qemu-system-x86_64',
        x86Args('pc', 'dist/apps/udpecho/kvm-x86_64/udpecho_kvm-x86_64', [
          ...['-append', `ip=${ns.guestIp}`, ...tapNet(), '-device', 'virtio-net-pci,netdev=n0'],
        ]),
        ns.name,
      ),
  },
  {
    name: 'kvm-arm64 on virt (virtio-mmio, GICv3)',
    start: (ns) =>
      startGuest(
        'qemu-system-aarch64',
        virtArgs('virt,gic-version=3', 'dist/apps/udpecho/kvm-arm64/udpecho_kvm-arm64', [
          ...['-append', `ip=${ns.guestIp}`, ...tapNet(), '-device', 'virtio-net-device,netdev=n0'],
        ]),
        ns.name,
      ),
  },
];

describe.each(cases)('udpecho under bad frames: $name', (c) => {
  it.skipIf(why !== null)(
    why ? `drops them all and keeps echoing (skipped: ${why})` : 'drops them all and keeps echoing',
    async () => {
      const ns = tapNamespace('rb', 9000);
      const g = c.start(ns);
      try {
        await g.waitFor(READY, 90_000);
        const mac = /udpecho: \S+ mac ([0-9a-f:]{17}) /.exec(g.out())![1]!;
        expect(echoIn(ns, 5, 1).received).toBe(5); /* the host knows our MAC now */
        const r = ns.run(rawsend, ['tap0', mac, ns.guestIp, '7', '12345', '3000'], 120);
        expect(r.code, r.stderr).toBe(0);
        const m = /^sent (\d+) failed (\d+)$/m.exec(r.stdout)!;
        expect(Number(m[1])).toBeGreaterThan(3000);
        const after = echoIn(ns, 30, 2);
        expect(after.lost, g.out()).toBe(0);
        expect(after.received).toBe(30);
        const s = statsIn(ns);
        expect(s.echoed).toBeGreaterThanOrEqual(35);
        expect(s.short, 'runts and truncated headers').toBeGreaterThan(0);
        expect(s.badlen, 'lengths that lie').toBeGreaterThan(0);
        expect(s.badcsum, 'bad checksums').toBeGreaterThan(0);
        expect(s.fragments, 'fragments').toBeGreaterThan(0);
        expect(g.code(), g.out()).toBeNull(); /* still running */
        expect(g.out()).not.toMatch(/CRASH/);
      } finally {
        await g.stop();
        ns.dispose();
      }
    },
  );
});
