// What the httpd benchmarks share (bench/httpd.mjs, bench/httpd-soak.mjs):
// the kvm-x86_64 image on QEMU TCG with virtio-net over tap0 in a network
// namespace, pinned to CPU 0, and plain GETs from the namespace.
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';
import { ENV, REPO } from './lib.mjs';
import { makeTapNamespace } from '../test/support/netns.mjs';
import { tapNet, x86Args } from '../test/support/qemu-net.mjs';

export const IMG = join(REPO, 'dist/apps/httpd/kvm-x86_64/httpd-app_kvm-x86_64');
export const GUEST = '10.0.3.2';
const LISTENING = 'httpd: listening on http://';

/** The value of --name=value on the command line, or def. */
export const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;

/**
 * Outside a namespace: check root and wrk, build httpd-app, make the
 * namespace and run this script again inside it (returns false). Inside
 * (--inside=NAME): pin QEMU's MAC as a neighbour and return true.
 */
export function enterNamespace() {
  if (arg('inside', '')) {
    // QEMU's default NIC address, so no ARP round (retried only every second) hides in the figures.
    const n = spawnSync('ip', [
      'neigh',
      'replace',
      GUEST,
      'lladdr',
      '52:54:00:12:34:56',
      'dev',
      'tap0',
      'nud',
      'permanent',
    ]);
    if (n.status !== 0) throw new Error(`ip neigh replace: ${n.stderr}`);
    return true;
  }
  if (process.getuid?.() !== 0) throw new Error('the httpd benchmarks need root (network namespaces)');
  if (spawnSync('wrk', ['--version']).error) throw new Error('the httpd benchmarks need wrk: apt-get install wrk');
  const b = spawnSync('npx', ['nx', 'build', 'httpd-app', '--configuration=kvm-x86_64', '--output-style=static'], {
    cwd: REPO,
    env: ENV,
    encoding: 'utf8',
  });
  if (b.status !== 0) throw new Error(`building httpd-app failed:\n${b.stdout}${b.stderr}`);
  const ns = makeTapNamespace('httpd-bench');
  try {
    const r = spawnSync(
      'ip',
      ['netns', 'exec', ns.name, process.execPath, ...process.argv.slice(1), `--inside=${ns.name}`],
      {
        stdio: 'inherit',
      },
    );
    process.exitCode = r.status ?? 1;
  } finally {
    ns.dispose();
  }
  return false;
}

/** Start QEMU pinned to CPU 0; resolves with the child once httpd listens (or rejects). */
export function boot(machine, extra = [], timeoutMs = 120_000) {
  const nic = machine.startsWith('microvm') ? 'virtio-net-device' : 'virtio-net-pci';
  const args = x86Args(machine, IMG, [
    '-append',
    `ip=${GUEST} quiet`,
    ...tapNet(),
    '-device',
    `${nic},netdev=n0`,
    ...extra,
  ]);
  const t0 = process.hrtime.bigint();
  const child = spawn('taskset', ['-c', '0', 'qemu-system-x86_64', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const ready = new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`httpd did not listen within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const on = (d) => {
      out += d;
      if (out.includes(LISTENING)) {
        clearTimeout(timer);
        ok(child);
      }
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.on('exit', () => {
      clearTimeout(timer);
      fail(new Error(`QEMU exited before httpd listened:\n${out}`));
    });
  });
  return { child, ready, t0, out: () => out };
}

export const stop = (child) =>
  new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once('exit', ok);
    child.kill('SIGKILL');
  });

/** One GET; resolves with the status code, or 0 if the connection failed or ms passed. */
export function get(ms = 2000, path = '/') {
  return new Promise((ok) => {
    const s = net.connect(80, GUEST);
    let text = '';
    const done = (code) => {
      clearTimeout(timer);
      s.destroy();
      ok(code);
    };
    const timer = setTimeout(() => done(0), ms);
    s.on('connect', () => s.write(`GET ${path} HTTP/1.1\r\nHost: b\r\nConnection: close\r\n\r\n`));
    s.on('data', (d) => {
      text += d;
      const m = /^HTTP\/1\.1 (\d{3}) /.exec(text);
      if (m) done(Number(m[1]));
    });
    s.on('error', () => done(0));
  });
}

/** GET path and read to the end: { status, body } (status 0 on failure). */
export function getText(path, ms = 5000) {
  return new Promise((ok) => {
    const s = net.connect(80, GUEST);
    let text = '';
    const done = () => {
      clearTimeout(timer);
      s.destroy();
      const m = /^HTTP\/1\.1 (\d{3}) [^]*?\r\n\r\n/.exec(text);
      ok(m ? { status: Number(m[1]), body: text.slice(m[0].length) } : { status: 0, body: text });
    };
    const timer = setTimeout(done, ms);
    s.on('connect', () => s.write(`GET ${path} HTTP/1.1\r\nHost: b\r\nConnection: close\r\n\r\n`));
    s.on('data', (d) => (text += d));
    s.on('close', done);
    s.on('error', () => undefined);
  });
}
