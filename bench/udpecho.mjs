// UDP echo straight on netdev (apps/udpecho, no TCP/IP stack): round-trip
// latency of 500 sequential 64-byte datagrams (median and 99th
// percentile) and datagrams per second with 32 in flight for 5 s, each a
// median over --boots fresh boots per configuration:
//   kvm-x86_64 on QEMU pc (virtio-net-pci, MSI-X) and microvm (virtio-mmio),
//   kvm-arm64 on virt (virtio-net-pci, INTx), all with user networking and
//   a UDP host forward on loopback;
//   kvm-x86_64 on pc and linuxu-x86_64 over a TAP interface in a network
//   namespace (root only; the benchmark conditions).
// Not a timed test: TCG on a shared machine, so compare ratios.
//
//   node bench/udpecho.mjs [--boots=3] [--seconds=5] [--only=pc,microvm,virt,pc-tap,linuxu-tap]
import { spawn, spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ENV, REPO, median } from './lib.mjs';
import { tapNet, userNet, virtArgs, x86Args } from '../test/support/qemu-net.mjs';
import { measure } from '../test/support/udp-client.mjs';
import { makeTapNamespace } from '../test/support/netns.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const boots = Number(arg('boots', '3'));
const seconds = Number(arg('seconds', '5'));
const only = arg('only', 'pc,microvm,virt,pc-tap,linuxu-tap').split(',');
const img = (t) => join(REPO, `dist/apps/udpecho/${t}/udpecho_${t}`);

for (const t of ['kvm-x86_64', 'kvm-arm64', 'linuxu-x86_64']) {
  const r = spawnSync('npx', ['nx', 'build', 'udpecho', `--configuration=${t}`, '--output-style=static'], {
    cwd: REPO,
    env: ENV,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`building udpecho for ${t} failed:\n${r.stdout}${r.stderr}`);
}

async function freePort() {
  const s = dgram.createSocket('udp4');
  await new Promise((ok) => s.bind(0, '127.0.0.1', ok));
  const p = s.address().port;
  await new Promise((ok) => s.close(ok));
  return p;
}

/** Start a guest, resolve once it prints "udpecho: ready". */
function boot(cmd, args) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no "udpecho: ready":\n${out}`)), 120000);
    const on = (d) => {
      out += d;
      if (out.includes('udpecho: ready')) {
        clearTimeout(timer);
        ok(child);
      }
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.on('exit', () => fail(new Error(`exited:\n${out}`)));
  });
}

const stop = (child) =>
  new Promise((ok) => {
    child.once('exit', ok);
    child.kill('SIGKILL');
  });

const X86 = img('kvm-x86_64');
const nic = (dev) => ['-device', `${dev},netdev=n0`];
const configs = {
  pc: (p) => ['qemu-system-x86_64', x86Args('pc', X86, [...userNet(p), ...nic('virtio-net-pci')])],
  microvm: (p) => ['qemu-system-x86_64', x86Args('microvm', X86, [...userNet(p), ...nic('virtio-net-device')])],
  virt: (p) => ['qemu-system-aarch64', virtArgs('virt', img('kvm-arm64'), [...userNet(p), ...nic('virtio-net-pci')])],
  'pc-tap': () => [
    'qemu-system-x86_64',
    x86Args('pc', X86, ['-append', 'ip=10.0.3.2', ...tapNet(), ...nic('virtio-net-pci')]),
  ],
  'linuxu-tap': () => [img('linuxu-x86_64'), ['ip=10.0.3.2']],
};

const netns = () => makeTapNamespace('bench');

const canTap = process.getuid?.() === 0 && existsSync('/dev/net/tun');
const client = join(REPO, 'test/support/udp-client.mjs');

console.log(`udpecho (netdev, no TCP/IP stack), TCG; medians of ${boots} boots; window 32, ${seconds} s`);
for (const name of only) {
  const tap = name.endsWith('-tap');
  if (tap && !canTap) {
    console.log(`  ${name.padEnd(11)} skipped: needs root and /dev/net/tun`);
    continue;
  }
  const runs = [];
  for (let b = 0; b < boots; b++) {
    const ns = tap ? netns() : null;
    const port = tap ? 7 : await freePort();
    const [cmd, args] = configs[name](port);
    const child = await boot(ns ? 'ip' : cmd, ns ? ['netns', 'exec', ns.name, cmd, ...args] : args);
    try {
      if (ns) {
        const r = spawnSync(
          'ip',
          ['netns', 'exec', ns.name, process.execPath, client, 'measure', '10.0.3.2', '7', String(seconds)],
          {
            encoding: 'utf8',
          },
        );
        runs.push(JSON.parse(r.stdout));
      } else {
        runs.push(await measure({ host: '127.0.0.1', port, seconds }));
      }
    } finally {
      await stop(child);
      ns?.dispose();
    }
  }
  const rtt = median(runs.map((r) => median(r.rttMs)));
  const p99 = median(runs.map((r) => [...r.rttMs].sort((a, b) => a - b)[Math.floor(r.rttMs.length * 0.99)]));
  const rate = median(runs.map((r) => r.perSecond));
  const lost = runs.reduce((s, r) => s + r.lost + r.seqLost, 0);
  console.log(
    `  ${name.padEnd(11)} rtt median ${rtt.toFixed(3)} ms  p99 ${p99.toFixed(3)} ms   ${Math.round(rate)} datagrams/s   lost ${lost}`,
  );
}
