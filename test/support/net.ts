/**
 * Network tests: guests booted in the background with their console
 * collected, free UDP ports on loopback, and network namespaces with a
 * TAP interface (root only) for linuxu images and QEMU's tap backend.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { makeTapNamespace, type TapNamespaceBase } from './netns.mjs';
import { REPO } from './run';

/** A booted guest: its console so far, and a way to stop it. */
export interface Guest {
  out(): string;
  /** Resolves once the console matches re; rejects on timeout or exit. */
  waitFor(re: RegExp, ms: number): Promise<void>;
  /** The exit code once it ended, else null. */
  code(): number | null;
  /** Write to the guest's standard input (its serial line under QEMU); only with `input: true`. */
  send(text: string): void;
  stop(): Promise<void>;
}

/**
 * Start cmd (QEMU, or a linuxu image) with stdout and stderr collected, and
 * stdin closed (/dev/null), or a pipe the test writes to with `input`.
 */
export function startGuest(cmd: string, args: readonly string[], netns?: string, input = false): Guest {
  const argv = netns ? ['netns', 'exec', netns, cmd, ...args] : args;
  const p: ChildProcess = spawn(netns ? 'ip' : cmd, argv, {
    cwd: REPO,
    stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  let text = '';
  let exit: number | null = null;
  const waiters = new Set<() => void>();
  const feed = (b: Buffer) => {
    text += b.toString('latin1');
    for (const w of waiters) w();
  };
  p.stdout!.on('data', feed);
  p.stderr!.on('data', feed);
  p.on('exit', (c, sig) => {
    exit = c ?? (sig ? 128 : -1);
    for (const w of waiters) w();
  });
  return {
    out: () => text.replace(/\r/g, ''),
    code: () => exit,
    send: (t) => {
      if (!p.stdin) throw new Error('startGuest: send() needs input = true');
      p.stdin.write(t);
    },
    waitFor: (re, ms) =>
      new Promise((ok, fail) => {
        const check = () => {
          if (re.test(text.replace(/\r/g, ''))) done(ok);
          else if (exit !== null) done(() => fail(new Error(`exited (${exit}) before ${re}:\n${text}`)));
        };
        const timer = setTimeout(() => done(() => fail(new Error(`no ${re} within ${ms} ms:\n${text}`))), ms);
        const done = (f: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          f();
        };
        waiters.add(check);
        check();
      }),
    stop: () =>
      new Promise((ok) => {
        if (exit !== null) return ok();
        p.once('exit', () => ok());
        p.kill('SIGKILL');
      }),
  };
}

/** A free TCP port on 127.0.0.1. */
export async function freeTcpPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

/** A UDP port on 127.0.0.1 free a moment ago (for QEMU's hostfwd). */
export async function freeUdpPort(): Promise<number> {
  const s = dgram.createSocket('udp4');
  await new Promise<void>((ok) => s.bind(0, '127.0.0.1', ok));
  const port = s.address().port;
  await new Promise<void>((ok) => s.close(ok));
  return port;
}

let netnsProbe: string | null | undefined;

/**
 * Why network namespaces cannot be used here, or null if they can. Beyond
 * root, /dev/net/tun and iproute2, one namespace is made, entered and
 * deleted: in a chroot without its own mount namespace (a bare debootstrap
 * root, as ../shared/tools/fresh-machine uses) `ip netns add` or `exec`
 * fails on its mounts, and the tests that need one say so and skip. A
 * failed probe unmounts the /run/netns bind mount its `add` made, so the
 * root can be removed afterwards.
 */
export function netnsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'not root';
  if (!existsSync('/dev/net/tun')) return 'no /dev/net/tun';
  if (spawnSync('ip', ['-V']).status !== 0) return 'no ip (iproute2)';
  if (netnsProbe === undefined) {
    const name = `ukraft-probe-${process.pid}`;
    // `ip netns add` bind-mounts /run/netns onto itself the first time; a failed probe undoes that.
    const wasMounted = spawnSync('mountpoint', ['-q', '/run/netns']).status === 0;
    const add = spawnSync('ip', ['netns', 'add', name], { encoding: 'utf8', timeout: 10_000 });
    // `ip netns exec` mounts /sys in a mount namespace of its own: that is what a chroot refuses.
    const run =
      add.status === 0 ? spawnSync('ip', ['netns', 'exec', name, 'true'], { encoding: 'utf8', timeout: 10_000 }) : add;
    spawnSync('ip', ['netns', 'del', name]);
    if (run.status !== 0 && !wasMounted) spawnSync('umount', ['/run/netns']);
    const why = (r: typeof add) => (r.stderr ?? '').trim().split('\n')[0];
    netnsProbe =
      add.status !== 0
        ? `ip netns add fails here: ${why(add)}`
        : run.status !== 0
          ? `ip netns exec fails here: ${why(run)}`
          : null;
  }
  return netnsProbe;
}

export interface TapNamespace extends TapNamespaceBase {
  /** Run a command inside the namespace (spawnSync, with a time bound). */
  run(cmd: string, args: string[], timeoutS?: number): { code: number; stdout: string; stderr: string };
}

/** A namespace with lo up and tap0 at 10.0.3.1/24 (the guest is 10.0.3.2). */
export function tapNamespace(tag: string, mtu = 1500): TapNamespace {
  const base = makeTapNamespace(tag, mtu);
  const name = base.name;
  return {
    ...base,
    run: (cmd, args, timeoutS = 60) => {
      const r = spawnSync('ip', ['netns', 'exec', name, cmd, ...args], {
        cwd: REPO,
        encoding: 'utf8',
        timeout: timeoutS * 1000,
        killSignal: 'SIGKILL',
      });
      return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
    },
  };
}
