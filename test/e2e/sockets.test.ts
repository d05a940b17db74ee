/**
 * BSD sockets over lwIP, end to end, with a portable program:
 * apps/sockecho/sockecho.c (a TCP line echo and a UDP echo in one poll()
 * loop) is compiled unchanged with the host's cc and run there, then
 * built as sockecho-app and booted on kvm-x86_64 (QEMU -M pc,
 * virtio-net-pci, user networking with TCP and UDP forwards on free
 * loopback ports) and on linuxu-x86_64 (a TAP interface in a network
 * namespace; root only). Each run must show the same behaviour: five
 * clients served at once through poll(), half-close answered with
 * "bye N" and a close, UDP echoes, a client's reset seen as ECONNRESET
 * by read(), connect() to a closed port giving
 * ECONNREFUSED (blocking, and non-blocking through EINPROGRESS, poll and
 * SO_ERROR), a second bind() giving EADDRINUSE, getpeername() of the
 * listener ENOTCONN, an unknown option ENOPROTOOPT, standard input (the
 * console) in the same poll() until it ends, a client connect/send/
 * half-close/select/recv and a send after the half-close (EPIPE), a
 * recv() on a silent peer ending with EAGAIN after SO_RCVTIMEO, and "quit" ending main with 0.
 * On kvm the console is QEMU's serial line, which never ends by itself:
 * the test types Ctrl-D once the server is up, and poll() must report it
 * without starving the network (the DHCP cases type nothing, so a poll
 * that called the console ready would block in read() and serve no one). Then DHCP on
 * kvm-x86_64: with the `dhcp` argument and QEMU's DHCP server handing
 * out 10.0.2.20 (not the static default 10.0.2.15), the guest takes that
 * address and serves on it; the same on kvm-arm64 virt with 10.0.2.30. Every wait has a time bound.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeTcpPort, freeUdpPort, netnsUnavailable, startGuest, tapNamespace, type Guest } from '../support/net';
import { virtArgs, x86Args } from '../support/qemu-net.mjs';
import { exercise } from '../support/sockecho-client.mjs';
import { exec, nx, REPO } from '../support/run';

const SRC = 'apps/sockecho/sockecho.c';
const IMG = (t: string) => `dist/apps/sockecho/${t}/sockecho-app_${t}`;
const SERVING = /^sockecho: serving tcp port (\d+), udp port (\d+)$/m;
const BOOT_MS = 60_000;

interface Exercise {
  concurrent: { got: string; want: string; closed: boolean }[];
  udp: string[];
  reset: boolean;
  quit: string;
}

/** A host TCP server that answers what a client sent, upper-cased, once the client half-closes. */
async function upperServer(): Promise<{ port: number; close(): void }> {
  const srv = net.createServer((c) => {
    let t = '';
    c.on('data', (d) => (t += d.toString()));
    c.on('end', () => c.end(t.toUpperCase()));
    c.on('error', () => undefined);
  });
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  return { port: (srv.address() as net.AddressInfo).port, close: () => srv.close() };
}

/** A host TCP server that accepts and never sends. */
async function silentServer(): Promise<{ port: number; close(): void }> {
  const conns: net.Socket[] = [];
  const srv = net.createServer((c) => (conns.push(c), c.on('error', () => undefined)));
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  return {
    port: (srv.address() as net.AddressInfo).port,
    close: () => (conns.forEach((c) => c.destroy()), srv.close()),
  };
}

/** What every run must show, from the clients' results and the server's console. */
function checkRun(r: Exercise, out: string, closedAt: string, sayAt?: string): void {
  expect(r.concurrent).toHaveLength(5);
  for (const c of r.concurrent) {
    expect(c.got, out).toBe(c.want);
    expect(c.closed).toBe(true);
  }
  expect(out, 'five clients open at once').toMatch(/^sockecho: client \d+ from [\d.]+:\d+ \(5 open\)$/m);
  const sent = /bye (\d+)\n$/.exec(r.concurrent[0]!.want)![1];
  expect(out.match(new RegExp(`half-closed, done after ${sent} bytes`, 'g')) ?? [], out).toHaveLength(5);
  expect(r.udp).toEqual(['one', 'three', 'two']);
  expect(r.reset, 'the client to be reset got its echo first').toBe(true);
  expect(out, 'a reset seen by read()').toMatch(/^sockecho: client \d+: ECONNRESET$/m);
  expect(r.quit).toBe('quit\n');
  expect(out).toContain(`sockecho: connect ${closedAt}: ECONNREFUSED\n`);
  expect(out).toContain(`sockecho: nonblocking connect ${closedAt}: EINPROGRESS, then ECONNREFUSED\n`);
  expect(out).toMatch(/^sockecho: second bind to tcp port \d+: EADDRINUSE$/m);
  expect(out).toContain('sockecho: getpeername of the listener: ENOTCONN\n');
  expect(out).toContain('sockecho: an unknown socket option: ENOPROTOOPT\n');
  expect(out, 'poll() over the console (or /dev/null) as well').toContain('sockecho: standard input ended\n');
  if (sayAt) {
    expect(out).toContain(`sockecho: ${sayAt} answered "HELLO FROM SOCKECHO"\n`);
    expect(out).toContain('sockecho: send after shutdown: EPIPE\n');
    expect(out).toContain('sockecho: recv with a 1 s SO_RCVTIMEO: EAGAIN after about 1 s\n');
  }
  expect(out).toMatch(/^sockecho: quit after 7 clients$/m);
  expect(out).not.toMatch(/CRASH|assertion|panic/i);
}

describe('sockecho on the host (the same source, the host cc)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockecho-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles with -Wall -Wextra -Werror and behaves as the checks expect', async () => {
    const c = exec('cc', ['-std=c11', '-Wall', '-Wextra', '-Werror', '-o', join(dir, 'sockecho'), SRC]);
    expect(c.code, c.stderr).toBe(0);
    const [tcp, udp, closed, up] = [await freeTcpPort(), await freeUdpPort(), await freeTcpPort(), await upperServer()];
    const closedAt = `127.0.0.1:${closed}`;
    const sayAt = `127.0.0.1:${up.port}`;
    const quiet = await silentServer();
    const g = startGuest(join(dir, 'sockecho'), [
      ...['-t', `${tcp}`, '-u', `${udp}`, '-c', closedAt, '-s', sayAt, '-w', `127.0.0.1:${quiet.port}`],
    ]);
    try {
      await g.waitFor(SERVING, 10_000);
      const r = (await exercise('127.0.0.1', tcp, udp)) as Exercise;
      await g.waitFor(/quit after/, 10_000);
      await new Promise((w) => setTimeout(w, 200));
      checkRun(r, g.out(), closedAt, sayAt);
      expect(g.code()).toBe(0);
    } finally {
      up.close();
      quiet.close();
      await g.stop();
    }
  }, 60_000);
});

describe('sockecho-app on kvm-x86_64 (pc, virtio-net-pci, user networking)', () => {
  beforeAll(() => {
    const b = nx(['build', 'sockecho-app', '--configuration=kvm-x86_64']);
    expect(b.code, b.stdout + b.stderr).toBe(0);
  }, 600_000);

  it('serves five clients at once, half-close and UDP; ECONNREFUSED, EADDRINUSE; a client call out; quit returns 0', async () => {
    const [tcp, udp, closed, up] = [await freeTcpPort(), await freeUdpPort(), await freeTcpPort(), await upperServer()];
    // 10.0.2.2 is the host's loopback seen from the guest.
    const closedAt = `10.0.2.2:${closed}`;
    const sayAt = `10.0.2.2:${up.port}`;
    const quiet = await silentServer();
    const g = startGuest(
      'qemu-system-x86_64',
      x86Args('pc', IMG('kvm-x86_64'), [
        '-netdev',
        `user,id=n0,hostfwd=tcp:127.0.0.1:${tcp}-:7,hostfwd=udp:127.0.0.1:${udp}-:7`,
        '-device',
        'virtio-net-pci,netdev=n0',
        '-append',
        `-c ${closedAt} -s ${sayAt} -w 10.0.2.2:${quiet.port}`,
      ]),
      undefined,
      true,
    );
    try {
      await g.waitFor(SERVING, BOOT_MS);
      // Ctrl-D on the serial line: the console's end of file, which poll() sees among the sockets.
      g.send('\x04');
      expect(g.out()).toMatch(/net: up, 10\.0\.2\.15\/255\.255\.255\.0 gw 10\.0\.2\.2$/m);
      const r = (await exercise('127.0.0.1', tcp, udp)) as Exercise;
      await g.waitFor(/ukraft: main returned 0/, 90_000);
      checkRun(r, g.out(), closedAt, sayAt);
    } finally {
      up.close();
      quiet.close();
      await g.stop();
    }
  }, 240_000);

  it('takes its address from QEMU’s DHCP server with the dhcp argument', async () => {
    const tcp = await freeTcpPort();
    const g: Guest = startGuest(
      'qemu-system-x86_64',
      x86Args('pc', IMG('kvm-x86_64'), [
        '-netdev',
        `user,id=n0,dhcpstart=10.0.2.20,hostfwd=tcp:127.0.0.1:${tcp}-10.0.2.20:7`,
        '-device',
        'virtio-net-pci,netdev=n0',
        '-append',
        'dhcp',
      ]),
    );
    try {
      expect(await echoOnce(g, tcp)).toBe('over dhcp\nquit\n');
      expect(g.out()).toMatch(/net: dhcp: 10\.0\.2\.20\/255\.255\.255\.0 gw 10\.0\.2\.2$/m);
      expect(g.out()).toMatch(/net: up, 10\.0\.2\.20\//m);
    } finally {
      await g.stop();
    }
  }, 240_000);
});

/** Boot args, then echo one line and "quit" through a forward on tcp; resolves with what came back. */
async function echoOnce(g: Guest, tcp: number): Promise<string> {
  await g.waitFor(SERVING, BOOT_MS);
  const s = net.connect(tcp, '127.0.0.1');
  let got = '';
  s.on('error', () => undefined);
  s.on('data', (d) => (got += d.toString()));
  s.write('over dhcp\nquit\n');
  await g.waitFor(/ukraft: main returned 0/, 90_000);
  s.destroy();
  return got;
}

describe('sockecho-app on kvm-arm64 (virt, virtio-net-pci, DHCP)', () => {
  it('takes 10.0.2.30 from QEMU’s DHCP server and echoes through the forward', async () => {
    const b = nx(['build', 'sockecho-app', '--configuration=kvm-arm64']);
    expect(b.code, b.stdout + b.stderr).toBe(0);
    const tcp = await freeTcpPort();
    const g = startGuest(
      'qemu-system-aarch64',
      virtArgs('virt', IMG('kvm-arm64'), [
        '-netdev',
        `user,id=n0,dhcpstart=10.0.2.30,hostfwd=tcp:127.0.0.1:${tcp}-10.0.2.30:7`,
        '-device',
        'virtio-net-pci,netdev=n0',
        '-append',
        'dhcp',
      ]),
    );
    try {
      expect(await echoOnce(g, tcp)).toBe('over dhcp\nquit\n');
      expect(g.out()).toMatch(/net: dhcp: 10\.0\.2\.30\/255\.255\.255\.0 gw 10\.0\.2\.2$/m);
    } finally {
      await g.stop();
    }
  }, 600_000);
});

describe('sockecho-app on linuxu-x86_64 over a TAP device', () => {
  const why = netnsUnavailable();

  it.skipIf(why !== null)(
    `serves the same checks inside a network namespace${why ? ` (skipped: ${why})` : ''}`,
    async () => {
      const b = nx(['build', 'sockecho-app', '--configuration=linuxu-x86_64']);
      expect(b.code, b.stdout + b.stderr).toBe(0);
      const ns = tapNamespace('se');
      const g = startGuest(IMG('linuxu-x86_64'), ['ip=10.0.3.2', 'gw=10.0.3.1', '-c', '10.0.3.1:1'], ns.name);
      try {
        await g.waitFor(SERVING, BOOT_MS);
        // The clients run inside the namespace, as a separate node process.
        const client = spawn(
          'ip',
          ['netns', 'exec', ns.name, process.execPath, 'test/support/sockecho-client.mjs', ns.guestIp, '7', '7'],
          { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let text = '';
        client.stdout.on('data', (d) => (text += d.toString()));
        const code = await new Promise<number>((ok) => {
          const t = setTimeout(() => client.kill('SIGKILL'), 60_000);
          client.on('exit', (c) => (clearTimeout(t), ok(c ?? -1)));
        });
        expect(code, text + g.out()).toBe(0);
        await g.waitFor(/quit after/, 10_000);
        await new Promise((w) => setTimeout(w, 200));
        checkRun(JSON.parse(text) as Exercise, g.out(), '10.0.3.1:1');
      } finally {
        await g.stop();
        ns.dispose();
      }
    },
    180_000,
  );
});
