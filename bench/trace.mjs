// The cost of an enabled uktrace trace point (docs/debugging.md): apps/tracetest
// "bench N" records N events of one trace point and prints ns per event (the
// bare loop's time taken off). Median over --runs runs on linuxu-x86_64 and on
// kvm-x86_64 (QEMU microvm, TCG). Builds in this workspace.
//
//   node bench/trace.mjs [--runs=5] [--events=1000000]
import { spawnSync } from 'node:child_process';
import { median } from './lib.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const runs = Number(arg('runs', '5'));
const events = arg('events', '1000000');

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000 });
  const m = /tracetest: bench \d+ events, (\d+) ns per event/.exec(r.stdout ?? '');
  if (!m) throw new Error(`${cmd} ${args.join(' ')}: no result\n${r.stdout}${r.stderr}`);
  return Number(m[1]);
};

const boot = {
  'linuxu-x86_64': (img) => run(img, ['bench', events]),
  'kvm-x86_64': (img) =>
    run('qemu-system-x86_64', [
      ...['-M', 'microvm', '-accel', 'tcg', '-cpu', 'max', '-m', '64M', '-nodefaults', '-no-user-config'],
      ...['-nographic', '-serial', 'stdio', '-device', 'isa-debug-exit,iobase=0xf4,iosize=4'],
      ...['-kernel', img, '-append', `bench ${events}`],
    ]),
};

console.log(`enabled trace point cost (apps/tracetest bench ${events}), medians of ${runs} runs`);
for (const [target, go] of Object.entries(boot)) {
  const b = spawnSync('npx', ['nx', 'build', 'tracetest', `--configuration=${target}`], { encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`build failed:\n${b.stdout}${b.stderr}`);
  const img = `dist/apps/tracetest/${target}/tracetest_${target}`;
  const ns = median(Array.from({ length: runs }, () => go(img)));
  console.log(`  ${target.padEnd(14)} ${String(ns).padStart(5)} ns per event`);
}
