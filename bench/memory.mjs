// The least memory hello world boots with on QEMU microvm (TCG): a binary
// search over -m, in steps of 4 KiB (-m <n>K), for the smallest size at
// which the kvm-x86_64 image prints "Hello world!" and its arguments and
// exits with main's status 0. Each probe boots --tries times; all must
// succeed. A probe that hangs (too little memory to even report) is cut
// after 20 s.
//
//   node bench/memory.mjs [--tries=3] [--max=64] (MiB)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ENV, REPO, timed } from './lib.mjs';
import { QEMU_MICROVM } from './inimage.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const tries = Number(arg('tries', '3'));
let hi = Number(arg('max', '64')) * 256; // in 4 KiB steps

timed(
  join(REPO, 'node_modules', '.bin', 'nx'),
  ['build', 'helloworld', '--configuration=kvm-x86_64', '--output-style=static'],
  REPO,
);
const image = join(REPO, 'dist/apps/helloworld/kvm-x86_64/helloworld_kvm-x86_64');

function boots(steps) {
  for (let i = 0; i < tries; i++) {
    const r = spawnSync(
      'qemu-system-x86_64',
      [...QEMU_MICROVM, '-m', `${steps * 4}K`, '-kernel', image, '-append', 'one two'],
      { encoding: 'utf8', env: ENV, timeout: 20000 },
    );
    if (r.status !== 1 || !/Hello world!\r?\none\r?\ntwo/.test(r.stdout ?? '')) return false;
  }
  return true;
}

if (!boots(hi)) throw new Error(`hello world does not boot with -m ${hi * 4}K`);
let lo = 0; // lo fails (or is 0), hi boots
while (hi - lo > 1) {
  const mid = (lo + hi) >> 1;
  if (boots(mid)) hi = mid;
  else lo = mid;
}
console.log(
  `hello world (kvm-x86_64, microvm TCG) boots with -m ${hi * 4}K (${(hi / 256).toFixed(2)} MiB); ${lo ? `not with -m ${lo * 4}K` : 'every size tried'}`,
);
