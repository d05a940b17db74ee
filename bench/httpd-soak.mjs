// The httpd soak (issue 15): wrk at 100 connections for --seconds (60)
// against httpd-app on kvm-x86_64 (QEMU TCG -M pc, virtio-net over TAP in
// a network namespace), new connection per request (--keepalive for
// keep-alive). Every second /status is read: a second in which the
// server completed no request is a stall. free_bytes after a warm-up
// (--warmup seconds) and after the load must be within 64 KiB.
// Root only; needs wrk. Not a timed test: exits 1 on a stall or growth.
//
//   node bench/httpd-soak.mjs [--seconds=60] [--warmup=5] [--conns=100] [--keepalive]
import { spawn } from 'node:child_process';
import { GUEST, arg, boot, enterNamespace, getText, stop } from './httpd-lib.mjs';

const seconds = Number(arg('seconds', '60'));
const warmup = Number(arg('warmup', '5'));
const conns = Number(arg('conns', '100'));
const keepalive = process.argv.includes('--keepalive');
const sleep = (ms) => new Promise((w) => setTimeout(w, ms));

/** The counters of /status, or throws when it does not answer. */
async function status() {
  const r = await getText('/status');
  if (r.status !== 200) throw new Error(`/status did not answer (status ${r.status})`);
  const n = (k) => Number(new RegExp(`^${k} (\\d+)$`, 'm').exec(r.body)?.[1]);
  return { requests: n('requests'), free: n('free_bytes'), open: n('open') };
}

function wrk(d) {
  const args = ['-c', '1', 'wrk', '-t1', `-c${conns}`, `-d${d}s`, ...(keepalive ? [] : ['-H', 'Connection: close'])];
  const child = spawn('taskset', [...args, `http://${GUEST}/`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (x) => (out += x));
  return new Promise((ok) => child.on('exit', () => ok(out)));
}

async function main() {
  const mode = keepalive ? 'keep-alive' : 'new connection per request';
  console.log(`httpd soak: wrk -t1 -c${conns} ${seconds} s, ${mode}, kvm-x86_64 on QEMU TCG pc over TAP`);
  const g = boot('pc');
  await g.ready;
  let failed = false;
  try {
    await wrk(warmup);
    await sleep(1500); // let the warm-up's connections finish closing
    const base = await status();
    const load = wrk(seconds);
    const perSecond = [];
    let last = base.requests;
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end - 500) {
      await sleep(1000);
      const s = await status();
      perSecond.push(s.requests - last - 1); // minus our own /status request
      last = s.requests;
    }
    const out = await load;
    await sleep(1500);
    const after = await status();
    const stalls = perSecond.filter((n) => n <= 0).length;
    const growth = base.free - after.free;
    const sorted = [...perSecond].sort((a, b) => a - b);
    console.log(`  requests per second: min ${sorted[0]}, median ${sorted[sorted.length >> 1]}, max ${sorted.at(-1)}`);
    console.log(`  seconds with no completed request: ${stalls} of ${perSecond.length}`);
    console.log(
      `  free_bytes after warm-up ${base.free}, after the load ${after.free}: ${growth} B used (limit 65536)`,
    );
    console.log(
      `  wrk: ${(/Requests\/sec:\s+[\d.]+/.exec(out) ?? ['no rate'])[0]}; ${(/Socket errors: .*/.exec(out) ?? ['no socket errors'])[0]}`,
    );
    failed = stalls > 0 || growth > 65536;
  } finally {
    await stop(g.child);
  }
  console.log(failed ? 'soak: FAILED' : 'soak: passed');
  process.exitCode = failed ? 1 : 0;
}

if (enterNamespace()) await main();
