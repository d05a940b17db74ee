// The sampling profiler's overhead at 1 kHz (docs/debugging.md): apps/proftest
// spins in proftest_spin() for --seconds and prints how many rounds it did;
// the image with ukprof (what `nx run proftest:profile` boots) does fewer in the
// same time. Overhead = 1 - rounds(profiled) / rounds(plain), from the medians
// of --runs boots of each, alternated so load drift hits both alike. Targets:
// kvm-x86_64 (QEMU microvm, TCG; the tick is an NMI from the PIT), kvm-arm64
// (QEMU virt, TCG; the tick is an FIQ from the physical timer) and
// linuxu-x86_64 (SIGPROF); --targets=a,b picks some. Builds in this workspace.
//
//   node bench/prof.mjs [--runs=5] [--seconds=3] [--targets=kvm-arm64]
import { spawnSync } from 'node:child_process';
import { median } from './lib.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const runs = Number(arg('runs', '5'));
const seconds = arg('seconds', '3');
const only = arg('targets', '').split(',').filter(Boolean);

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 << 20 });
  const m = /proftest: (\d+) rounds/.exec(r.stdout ?? '');
  if (!m) throw new Error(`${cmd} ${args.join(' ')}: no result\n${r.stdout}${r.stderr}`);
  const samples = /ukprof: begin hz=\d+ depth=\d+ samples=(\d+)/.exec(r.stdout)?.[1];
  return { rounds: Number(m[1]), samples: samples === undefined ? undefined : Number(samples) };
};

const boot = {
  'linuxu-x86_64': (img) => run(img, [seconds]),
  'kvm-x86_64': (img) =>
    run('qemu-system-x86_64', [
      ...['-M', 'microvm', '-accel', 'tcg', '-cpu', 'max', '-m', '64M', '-nodefaults', '-no-user-config'],
      ...['-nographic', '-serial', 'stdio', '-device', 'isa-debug-exit,iobase=0xf4,iosize=4'],
      ...['-kernel', img, '-append', seconds],
    ]),
  'kvm-arm64': (img) =>
    run('qemu-system-aarch64', [
      ...['-M', 'virt', '-cpu', 'cortex-a57', '-m', '64M', '-nodefaults', '-no-user-config'],
      ...['-nographic', '-serial', 'stdio', '-no-reboot', '-semihosting-config', 'enable=on,target=native'],
      ...['-kernel', img, '-append', `ukplat.semihosting=1 ${seconds}`],
    ]),
};

const nx = (args) => {
  const b = spawnSync('npx', ['nx', ...args], { encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`nx ${args.join(' ')} failed:\n${b.stdout}${b.stderr}`);
};

console.log(`profiler overhead at 1 kHz (apps/proftest ${seconds} s), medians of ${runs} boots each`);
for (const [target, go] of Object.entries(boot)) {
  if (only.length && !only.includes(target)) continue;
  nx(['build', 'proftest', `--configuration=${target}`]);
  nx(['run', `proftest:link-profile-${target}`, `--configuration=${target}`]);
  const plain = [];
  const prof = [];
  const samples = [];
  for (let i = 0; i < runs; i++) {
    plain.push(go(`dist/apps/proftest/${target}/proftest_${target}`).rounds);
    const p = go(`dist/apps/proftest/${target}-profile/proftest_${target}`);
    prof.push(p.rounds);
    samples.push(p.samples ?? 0);
  }
  const a = median(plain);
  const b = median(prof);
  console.log(
    `  ${target.padEnd(14)} rounds plain ${a}, profiled ${b} (${median(samples)} samples): overhead ${(100 * (1 - b / a)).toFixed(1)} %`,
  );
}
