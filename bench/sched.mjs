// Thread switch time, in-image: apps/bench on kvm-x86_64 (QEMU microvm,
// TCG) and linuxu-x86_64, median over --runs boots of: ns per switch
// when two threads yield to each other (200,000 yields), and ns per
// round of a semaphore ping-pong between two threads (100,000 rounds,
// two switches and two wake-ups per round).
//
//   node bench/sched.mjs [--runs=5]
import { median, scratch } from './lib.mjs';
import { buildBench, runBench } from './inimage.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const runs = Number(arg('runs', '5'));

const ws = scratch();
try {
  console.log(`thread switch time (apps/bench), medians of ${runs} boots`);
  for (const target of ['kvm-x86_64', 'linuxu-x86_64']) {
    const image = buildBench(ws.dir, target);
    const res = Array.from({ length: runs }, () => runBench(image, target, ['yield', 'pingpong']));
    const y = median(res.map((r) => r.yield_switch_ns));
    const p = median(res.map((r) => r.pingpong_round_ns));
    console.log(
      `  ${target.padEnd(14)} yield switch ${String(y).padStart(5)} ns   semaphore ping-pong round ${String(p).padStart(5)} ns`,
    );
  }
} finally {
  ws.dispose();
}
