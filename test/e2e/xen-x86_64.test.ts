/**
 * xen-x86_64 under real Xen (Debian's 4.17 in QEMU TCG): the image as
 * dom0 (console_io, status through isa-debug-exit), and as unprivileged
 * PV domUs started by xl in a Linux dom0 from the xl config the build
 * wrote (PV console ring, shutdown reason poweroff vs crash).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, lines, nx } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';
import { adaptedXlConfig, buildGntmap, qemuXenDom0, runInLinuxDom0 } from '../support/xen';

const DIR = 'dist/apps/helloworld/xen-x86_64';
const HELLO = `${DIR}/helloworld_xen-x86_64`;
const SELFTEST = 'dist/apps/selftest/xen-x86_64/selftest_xen-x86_64';
const XENTEST = 'dist/apps/xentest/xen-x86_64/xentest_xen-x86_64';

function expectHello(out: string, args: string[]): void {
  const l = lines(out);
  const at = l.indexOf('Hello world!');
  expect(at, out).toBeGreaterThanOrEqual(0);
  expect(l.slice(at + 1, at + 1 + args.length)).toEqual(args);
}

const XEN_ELFNOTE = { ENTRY: 1, HYPERCALL_PAGE: 2, VIRT_BASE: 3, PADDR_OFFSET: 4, XEN_VERSION: 5, LOADER: 8 } as const;

/** The "Xen" notes of an ELF64 image's PT_NOTE segments: type → descriptor. */
function xenNotes(elf: Buffer): Map<number, Buffer> {
  expect(elf.readUInt32BE(0)).toBe(0x7f454c46);
  expect(elf[4]).toBe(2); // ELFCLASS64
  const notes = new Map<number, Buffer>();
  const phoff = Number(elf.readBigUInt64LE(32));
  const phentsize = elf.readUInt16LE(54);
  for (let i = 0; i < elf.readUInt16LE(56); i++) {
    const ph = phoff + i * phentsize;
    if (elf.readUInt32LE(ph) !== 4) continue; // PT_NOTE
    let at = Number(elf.readBigUInt64LE(ph + 8));
    const end = at + Number(elf.readBigUInt64LE(ph + 32));
    while (at + 12 <= end) {
      const namesz = elf.readUInt32LE(at);
      const descsz = elf.readUInt32LE(at + 4);
      const type = elf.readUInt32LE(at + 8);
      const name = elf.toString('latin1', at + 12, at + 12 + namesz);
      const desc = at + 12 + ((namesz + 3) & ~3);
      if (name === 'Xen\0') notes.set(type, elf.subarray(desc, desc + descsz));
      at = desc + ((descsz + 3) & ~3);
    }
  }
  return notes;
}

/** The time and event-channel checks of plat-xen and the plat_time conformance all ran and passed. */
function expectXenTimeChecks(out: string): void {
  for (const t of [
    'xen_time.halt_waits_for_the_deadline',
    'xen_evtchn.timer_fires_one_upcall',
    'xen_evtchn.masked_port_stays_pending_without_upcall',
    'xen_evtchn.unmasked_port_upcalls_in_halt',
    'xen_evtchn_loop.notify_runs_the_other_ends_handler_in_halt',
    'xen_evtchn_loop.unbound_port_runs_no_handler',
    'xen_evtchn_loop.closed_port_fails_notify',
    'plat_time.halt_sleeps_until_the_deadline',
    'plat_time.many_short_sleeps',
    'sleep.idle_is_tickless',
  ]) {
    expect(out).toMatch(new RegExp(`^ok ${t.replace('.', '\\.')}\\r?$`, 'm'));
  }
}

function summary(out: string): { passed: number; failed: number } {
  const m = /^(\d+) passed, (\d+) failed\r?$/m.exec(out);
  expect(m, out).not.toBeNull();
  return { passed: Number(m![1]), failed: Number(m![2]) };
}

/** A helloworld whose main returns 3, built in a scratch copy of the repository. */
let failing: { ws: Scratch; image: string } | undefined;

beforeAll(() => {
  for (const app of ['helloworld', 'selftest', 'xentest']) {
    const r = nx(['build', app, '--configuration=xen-x86_64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
  const ws = scratchWorkspace();
  ws.edit('apps/helloworld/main.c', (t) => t.replace(/return 0;\n}\s*$/, 'return 3;\n}\n'));
  const r = nx(['build', 'helloworld', '--configuration=xen-x86_64'], ws.dir);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  failing = { ws, image: join(ws.dir, HELLO) };
});

afterAll(() => failing?.ws.dispose());

describe('the xen-x86_64 build', () => {
  it('writes a 64-bit ELF with the Xen PV notes', () => {
    const notes = xenNotes(readFileSync(HELLO));
    expect(notes.get(XEN_ELFNOTE.LOADER)?.toString('latin1')).toBe('generic\0');
    expect(notes.get(XEN_ELFNOTE.XEN_VERSION)?.toString('latin1')).toBe('xen-3.0\0');
    expect(notes.get(XEN_ELFNOTE.VIRT_BASE)?.readBigUInt64LE()).toBe(0n);
    expect(notes.get(XEN_ELFNOTE.PADDR_OFFSET)?.readBigUInt64LE()).toBe(0n);
    const entry = notes.get(XEN_ELFNOTE.ENTRY)?.readBigUInt64LE();
    expect(entry).toBe(readFileSync(HELLO).readBigUInt64LE(24)); // e_entry
    const page = notes.get(XEN_ELFNOTE.HYPERCALL_PAGE)?.readBigUInt64LE();
    expect(page! % 4096n).toBe(0n);
  });

  it('writes an xl config with the run defaults beside the image', () => {
    const cfg = readFileSync(`${HELLO}.xl.cfg`, 'utf8');
    expect(cfg).toContain('type = "pv"');
    expect(cfg).toContain('kernel = "helloworld_xen-x86_64"');
    expect(cfg).toContain('memory = 64');
    expect(cfg).toContain('vcpus = 1');
    expect(cfg).toContain('extra = "one two"');
  });
});

describe('xen-x86_64 as dom0 of Xen 4.17 in QEMU', () => {
  it('prints Hello world! and its arguments, and QEMU exits with main = 0', () => {
    const r = exec('qemu-system-x86_64', qemuXenDom0(HELLO, 'one two'), { timeoutS: 120 });
    expectHello(r.stdout, ['one', 'two']);
    expect(r.stdout).toMatch(/^ukraft: main returned 0\r?$/m);
    expect(r.code).toBe(1);
  });

  it("reports a failing main through QEMU's exit code", () => {
    const r = exec('qemu-system-x86_64', qemuXenDom0(failing!.image, 'x'), { timeoutS: 120 });
    expectHello(r.stdout, ['x']);
    expect(r.stdout).toMatch(/^ukraft: main returned 3\r?$/m);
    expect(r.code).toBe((3 << 1) | 1);
  });

  it('passes every selftest check', () => {
    const r = exec('qemu-system-x86_64', qemuXenDom0(SELFTEST, ''), { timeoutS: 120 });
    const s = summary(r.stdout);
    expect(s.failed, r.stdout).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(20);
    // plat-xen's own checks: PV clock, wall clock, halting until a deadline,
    // event channels and the VIRQ_TIMER upcall; and the uk/plat/time.h conformance
    expectXenTimeChecks(r.stdout);
    expect(r.code).toBe(1);
  });

  it('prints a crash dump for a page fault and exits with the crash status', () => {
    const r = exec('qemu-system-x86_64', qemuXenDom0(SELFTEST, 'crash fault'), { timeoutS: 120 });
    expect(r.stdout).toMatch(/page fault/i);
    expect(r.stdout).toMatch(/CR2.*0x0*10\b/);
    expect(r.stdout).toMatch(/NULL pointer/);
    expect(r.stdout).toMatch(/Backtrace/);
    expect(r.code).toBe(255);
  });

  it("runs through `nx run helloworld:run`, which reports main's status", () => {
    const r = nx(['run', 'helloworld:run', '--configuration=xen-x86_64', '--args=alpha beta']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectHello(r.stdout, ['alpha', 'beta']);
    expect(r.stdout).toContain('helloworld (xen-x86_64): main returned 0');
  });
});

describe('xen-x86_64 as PV domU started by xl in a Linux dom0', () => {
  it("xl create -c <the build's config> shows the output through the console ring; the domain ends by itself", () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ukraft-xl-'));
    try {
      const cfg = adaptedXlConfig(`${HELLO}.xl.cfg`, '/test/helloworld_xen-x86_64', tmp);
      const failCfg = adaptedXlConfig(`${HELLO}.xl.cfg`, '/test/failing', join(tmp, 'f'));
      const script = [
        'xl create -c helloworld_xen-x86_64.xl.cfg; echo "ukraft-dom0: xl exited $?"',
        // -F: xl stays to report the shutdown reason (0 poweroff, 3 crash). Its own lines
        // (stderr) are printed after the domain's console, not in the middle of it.
        'echo "ukraft-dom0: failing"',
        `xl create -F -c failing.xl.cfg 'extra="a"' 2>/tmp/xl.log; cat /tmp/xl.log`,
        'echo "ukraft-dom0: selftest"',
        `xl create -F -c helloworld_xen-x86_64.xl.cfg 'kernel="/test/selftest_xen-x86_64"' 'extra=""' 2>/tmp/xl.log; cat /tmp/xl.log`,
        `xl list | sed -n '3,$s/^/ukraft-dom0: left: /p'`,
      ].join('\n');
      const r = runInLinuxDom0(
        [cfg, HELLO, SELFTEST, { from: failing!.image, as: 'failing' }, { from: failCfg, as: 'failing.xl.cfg' }],
        script,
      );
      const out = r.console;
      expect(out, r.stdout.slice(-4000)).toContain('ukraft-dom0: done');
      const first = out.slice(0, out.indexOf('ukraft-dom0: xl exited'));
      expectHello(first, ['one', 'two']);
      expect(first).toMatch(/^ukraft: main returned 0$/m);
      expect(out).toContain('ukraft-dom0: xl exited 0');
      const second = out.slice(out.indexOf('ukraft-dom0: failing'), out.indexOf('ukraft-dom0: selftest'));
      expect(second).toMatch(/^ukraft: main returned 3$/m);
      expect(second).toMatch(/has shut down, reason code 3/);
      const third = out.slice(out.indexOf('ukraft-dom0: selftest'));
      expect(summary(third).failed, third).toBe(0);
      expectXenTimeChecks(third);
      expect(third).toMatch(/has shut down, reason code 0/);
      expect(out).not.toContain('ukraft-dom0: left:');
      expect(r.code).toBe(0);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

/**
 * The dom0 half of apps/xentest's xen_domu suite (see apps/xentest/domu.c):
 * answers the domU through xenstore-write, maps its grant with gntdev,
 * and reports what it saw as "ukraft-dom0: ..." lines.
 */
const RESPONDER = String.raw`
# The vif's hotplug: put it on br0 (Debian's vif-bridge times out in this
# trimmed dom0; see docs/xen.md).
printf '#!/bin/sh\n[ "$1" = online ] && ip link set dev "$vif" master br0 && ip link set dev "$vif" up\nexit 0\n' >/test/vif-br0
chmod 755 /test/vif-br0
responder() {
  for i in $(seq 600); do id=$(xl domid xentest_xen-x86_64 2>/dev/null) && break; sleep 0.1; done
  d=/local/domain/$id/data/ukraft
  key() { for i in $(seq 600); do v=$(xenstore-read $d/$1 2>/dev/null) && { echo "$v"; return 0; }; sleep 0.1; done; return 1; }
  key ready >/dev/null || { echo "ukraft-dom0: no ready"; return; }
  echo "ukraft-dom0: bridge ports: $(ls /sys/class/net/br0/brif | tr '\n' ' ')(domid $id)"
  xenstore-write $d/ping pong-from-dom0
  ref=$(key gref) || { echo "ukraft-dom0: no gref"; return; }
  ./xen-gntmap $id $ref "written by dom0" /tmp/mapped /tmp/release >/tmp/gnt.out 2>&1 &
  for i in $(seq 600); do [ -e /tmp/mapped ] && break; sleep 0.1; done
  echo "ukraft-dom0: mapped gref $ref: $(head -1 /tmp/gnt.out)"
  xenstore-write $d/mapped "$(head -1 /tmp/gnt.out)"
  key unmap >/dev/null && touch /tmp/release && wait && xenstore-write $d/unmapped 1
  echo "ukraft-dom0: unmapped"
}
responder &
xl create -c xentest_xen-x86_64.xl.cfg "vif=['bridge=br0,script=/test/vif-br0']" 'extra="xenstore xengnttab xen_domu"'
echo "ukraft-dom0: xl exited $?"
wait
# libxl removes the back end's directory just after the domain is gone.
for i in $(seq 50); do [ -z "$(xenstore-list /local/domain/0/backend/vif 2>/dev/null)" ] && break; sleep 0.1; done
xenstore-exists /local/domain/0/backend/vif 2>/dev/null && xenstore-list /local/domain/0/backend/vif | sed 's/^/ukraft-dom0: backend left: /'
echo "ukraft-dom0: bridge ports after: $(ls /sys/class/net/br0/brif | tr '\n' ' ')."
sed 's/^/ukraft-dom0: hotplug log: /' /var/log/xen/xen-hotplug.log 2>/dev/null | tail -40
`;

describe('xen-x86_64 PV plumbing in a domU created by xl with a vif on br0', () => {
  it('reads and writes xenstore, sees dom0 fire a watch, has a page mapped by dom0 through a grant, closes the vif', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ukraft-xl-'));
    try {
      const cfg = adaptedXlConfig(`${XENTEST}.xl.cfg`, '/test/xentest_xen-x86_64', tmp);
      const r = runInLinuxDom0([cfg, XENTEST, buildGntmap(tmp)], RESPONDER);
      const out = r.console;
      expect(out, r.stdout.slice(-6000)).toContain('ukraft-dom0: done');
      // The library tests in a domU: a store connection of its own.
      expect(out).toMatch(/^xenstore: domid [1-9]\d* name xentest_xen-x86_64$/m);
      for (const t of [
        'xenstore.own_connection',
        'xengnttab.refs_come_from_the_free_list',
        'xengnttab.every_ref_at_once_then_enospc',
        'xen_domu.reads_its_own_entries',
        'xen_domu.watch_fires_when_dom0_writes',
        'xen_domu.dom0_maps_a_granted_page',
        'xen_domu.vif_front_end_closes_with_netback',
      ])
        expect(out).toMatch(new RegExp(`^ok ${t.replace('.', '\\.')}$`, 'm'));
      expect(summary(out)).toEqual({ passed: 8, failed: 0 });
      const m =
        /^xen_domu: domid (\d+) name xentest_xen-x86_64 mac ((?:[0-9a-f]{2}:){5}[0-9a-f]{2}) backend (\S+)$/m.exec(out);
      expect(m, out).not.toBeNull();
      const domid = m![1];
      expect(m![2]).toMatch(/^00:16:3e:/); // xl's own range
      expect(m![3]).toBe(`/local/domain/0/backend/vif/${domid}/0`);
      // dom0's side: the vif's hotplug put it on br0; dom0 read the granted
      // page through gntdev; netback's directory is gone after the domain.
      expect(out).toContain(`ukraft-dom0: bridge ports: vif${domid}.0 (domid ${domid})`);
      expect(out).toMatch(/^ukraft-dom0: mapped gref \d+: ukraft page for dom0$/m);
      expect(out).toContain('ukraft-dom0: unmapped');
      expect(out).toMatch(/^ukraft: main returned 0$/m);
      expect(out).toContain('ukraft-dom0: xl exited 0');
      expect(out).not.toContain('ukraft-dom0: backend left');
      expect(out).toContain('ukraft-dom0: bridge ports after: .');
      expect(r.code).toBe(0);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
