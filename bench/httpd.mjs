// httpd-app under the anchor's conditions (issue 15): QEMU TCG -M pc,
// virtio-net-pci over a TAP device in a network namespace, wrk -t1 for
// --seconds, --boots fresh boots per cell, QEMU and wrk pinned to
// different CPUs; medians. Rows:
//   new connection per request at c10 and c100 (Connection: close),
//   keep-alive at c10, QEMU start -> first HTTP 200 on pc and microvm,
//   image size, and the least -m that boots and answers 3 GETs.
// Root only (network namespaces); needs wrk (apt-get install wrk).
// Not a timed test: TCG on a shared machine, so compare ratios.
//
//   node bench/httpd.mjs [--boots=3] [--seconds=10] [--only=close10,close100,keep10,first,size,memory]
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { median } from './lib.mjs';
import { GUEST, IMG, arg, boot, enterNamespace, get, stop } from './httpd-lib.mjs';

const boots = Number(arg('boots', '3'));
const seconds = Number(arg('seconds', '10'));
const only = arg('only', 'close10,close100,keep10,first,size,memory').split(',');

/** wrk pinned to CPU 1: requests per second. */
function wrk(conns, close) {
  const args = ['-c', '1', 'wrk', '-t1', `-c${conns}`, `-d${seconds}s`, ...(close ? ['-H', 'Connection: close'] : [])];
  const r = spawnSync('taskset', [...args, `http://${GUEST}/`], { encoding: 'utf8', timeout: (seconds + 30) * 1000 });
  const m = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout ?? '');
  if (!m) throw new Error(`wrk printed no rate:\n${r.stdout}${r.stderr}`);
  const errors = /Socket errors: (.*)/.exec(r.stdout)?.[1] ?? 'none';
  return { rate: Number(m[1]), errors };
}

async function loadCell(label, conns, close) {
  const rates = [];
  const errors = [];
  for (let i = 0; i < boots; i++) {
    const g = boot('pc');
    await g.ready;
    try {
      const r = wrk(conns, close);
      rates.push(r.rate);
      errors.push(r.errors);
    } finally {
      await stop(g.child);
    }
  }
  console.log(
    `  ${label.padEnd(34)} ${Math.round(median(rates))} req/s (boots: ${rates.map(Math.round).join(', ')}; socket errors: ${errors.join(' | ')})`,
  );
}

/**
 * QEMU start -> first 200, polling with a fresh GET every few ms (each
 * attempt gives up after 25 ms rather than wait for a SYN retransmission).
 */
async function firstOk(machine) {
  const ms = [];
  for (let i = 0; i < Math.max(boots, 5); i++) {
    const g = boot(machine);
    g.ready.catch(() => undefined);
    const deadline = Date.now() + 60_000;
    let t = 0;
    while (Date.now() < deadline) {
      if ((await get(25)) === 200) {
        t = Number(process.hrtime.bigint() - g.t0) / 1e6;
        break;
      }
      await new Promise((w) => setTimeout(w, 2));
    }
    await stop(g.child);
    if (!t) throw new Error(`${machine}: no HTTP 200 within 60 s:\n${g.out()}`);
    ms.push(t);
  }
  console.log(
    `  QEMU start -> first HTTP 200, ${machine.padEnd(8)} ${median(ms).toFixed(1)} ms (median of ${ms.length})`,
  );
}

/** Whether the image boots with -m <kib>K and answers 3 GETs. */
async function bootsWith(kib) {
  // x86Args sets -m 64M; the later -m wins in QEMU.
  const g = boot('pc', ['-m', `${kib}K`], 20_000);
  let ok = await g.ready.then(
    () => true,
    () => false,
  );
  for (let i = 0; ok && i < 3; i++) ok = (await get(3000)) === 200;
  await stop(g.child);
  return ok;
}

async function leastMemory() {
  let lo = 512; // KiB known (assumed) too small
  let hi = 65536; // known good
  if (!(await bootsWith(hi))) throw new Error('httpd-app does not serve with -m 64M');
  while (hi - lo > 32) {
    const mid = Math.round((lo + hi) / 2 / 4) * 4;
    if (await bootsWith(mid)) hi = mid;
    else lo = mid;
  }
  console.log(`  least -m for boot + 3 GETs (pc)     ${hi} KiB (to 32 KiB)`);
}

async function main() {
  console.log(`httpd-app, kvm-x86_64, QEMU TCG, virtio-net over TAP; medians of ${boots} boots; wrk -t1 ${seconds} s`);
  if (only.includes('close10')) await loadCell('new connection per request, c10', 10, true);
  if (only.includes('close100')) await loadCell('new connection per request, c100', 100, true);
  if (only.includes('keep10')) await loadCell('keep-alive, c10', 10, false);
  if (only.includes('first')) {
    await firstOk('pc');
    await firstOk('microvm');
  }
  if (only.includes('size')) console.log(`  image size                          ${statSync(IMG).size} B`);
  if (only.includes('memory')) await leastMemory();
}

if (enterNamespace()) await main();
