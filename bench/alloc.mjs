// Allocator throughput per backend (ukallocregion, ukallocbbuddy,
// ukalloctlsf), as operations per second, medians over --runs:
//  - host: each allocator compiled for this machine with clang -O2 (no
//    sanitizers) by test/support/alloc-host.mjs, 1,000,000 random
//    malloc/free/realloc over 64 slots, sizes log-uniform 1 B .. 1 MiB;
//  - in-image: apps/bench's "alloc" (1,000,000 operations, 64 slots,
//    sizes 16 B .. 64 KiB, on the heap) with the allocator chosen by
//    providers.allocator, on linuxu-x86_64 and kvm-x86_64 (QEMU TCG).
// The region allocator cannot reuse memory freed out of order: its
// random-order figures mostly measure running out of memory (failed
// calls are cheap), so they are not comparable with the others'.
//
//   node bench/alloc.mjs [--runs=5] [--host-only]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ALLOCATORS, buildAllocDriver } from '../test/support/alloc-host.mjs';
import { median, scratch } from './lib.mjs';
import { buildBench, runBench } from './inimage.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const runs = Number(arg('runs', '5'));
const hostOnly = process.argv.includes('--host-only');
const fmt = (n) => `${(n / 1e6).toFixed(2)} M ops/s`;

console.log(`allocator throughput, medians of ${runs} runs`);
const dir = mkdtempSync(join(tmpdir(), 'ukalloc-bench-'));
try {
  for (const a of ALLOCATORS) {
    const drv = buildAllocDriver(a, join(dir, a.name), { sanitize: false });
    const rates = Array.from({ length: runs }, (_, i) => {
      const r = spawnSync(drv, ['bench', '1000000', String(i + 1), String(1 << 20), '64'], { encoding: 'utf8' });
      return Number(/ops\/s (\d+)/.exec(r.stdout)[1]);
    });
    console.log(`  host (clang -O2)     ${a.lib.padEnd(14)} ${fmt(median(rates))}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (!hostOnly) {
  const ws = scratch();
  try {
    for (const target of ['linuxu-x86_64', 'kvm-x86_64']) {
      for (const a of ALLOCATORS) {
        const image = buildBench(ws.dir, target, a.lib);
        const rates = Array.from({ length: runs }, () => runBench(image, target, ['alloc']).alloc_ops_per_s);
        console.log(`  ${target.padEnd(20)} ${a.lib.padEnd(14)} ${fmt(median(rates))}`);
      }
    }
  } finally {
    ws.dispose();
  }
}
