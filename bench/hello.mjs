// Hello world benchmark (kvm-x86_64 unless --target=...): clean build,
// no-op build, one-file-touched build, one-option-changed build (medians
// over --runs, default 5), image size, and boot time to "Hello world!"
// on QEMU microvm TCG (median over --boots, default 20). With --daemon the
// builds use the Nx daemon (Nx's default outside CI; the clean build then
// includes starting it), else NX_DAEMON=false as in the tests.
//
//   node bench/hello.mjs [--runs=5] [--boots=20] [--target=kvm-x86_64] [--daemon]
import { appendFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV, fmt, median, scratch, timed, timeToLine } from './lib.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const runs = Number(arg('runs', '5'));
const boots = Number(arg('boots', '20'));
const target = arg('target', 'kvm-x86_64');
const daemon = process.argv.includes('--daemon');
const env = { ...ENV, NX_DAEMON: daemon ? 'true' : 'false' };

const ws = scratch();
const nx = join(ws.dir, 'node_modules', '.bin', 'nx');
const build = () => timed(nx, ['build', 'helloworld', `--configuration=${target}`], ws.dir, env);
const stopDaemon = () => daemon && timed(nx, ['daemon', '--stop'], ws.dir, env);
const results = { clean: [], noop: [], touch: [], option: [] };
try {
  for (let i = 0; i < runs; i++) {
    stopDaemon();
    rmSync(join(ws.dir, 'dist'), { recursive: true, force: true });
    rmSync(join(ws.dir, '.nx'), { recursive: true, force: true });
    results.clean.push(build());
    results.noop.push(build());
    appendFileSync(
      join(ws.dir, 'libs/ukargparse/src/argparse.c'),
      `\nint uk_argparse_bench_${i}(void);\nint uk_argparse_bench_${i}(void) { return ${i}; }\n`,
    );
    results.touch.push(build());
    writeFileSync(
      join(ws.dir, 'apps/helloworld/uk.config.json'),
      JSON.stringify({ options: { ukboot: { MAXARGS: 10 + i } } }),
    );
    results.option.push(build());
  }
  const image = join(ws.dir, `dist/apps/helloworld/${target}/helloworld_${target}`);
  const size = statSync(image).size;
  const times = [];
  if (target === 'kvm-x86_64') {
    const qemu = [
      '-M',
      'microvm',
      '-accel',
      'tcg',
      '-cpu',
      'max',
      '-m',
      '64M',
      '-nodefaults',
      '-no-user-config',
      '-nographic',
      '-serial',
      'stdio',
      '-device',
      'isa-debug-exit,iobase=0xf4,iosize=4',
      '-kernel',
      image,
      '-append',
      'one two',
    ];
    for (let i = 0; i < boots; i++) times.push(await timeToLine('qemu-system-x86_64', qemu, 'Hello world!'));
  } else if (target === 'linuxu-x86_64') {
    for (let i = 0; i < boots; i++) times.push(await timeToLine(image, ['one', 'two'], 'Hello world!'));
  }
  console.log(
    `hello world, ${target}, medians of ${runs} builds and ${boots} boots, Nx daemon ${daemon ? 'on' : 'off'}`,
  );
  console.log(`  clean build           ${fmt(median(results.clean))}`);
  console.log(`  no-op build           ${fmt(median(results.noop))}`);
  console.log(`  one .c touched        ${fmt(median(results.touch))}`);
  console.log(`  one option changed    ${fmt(median(results.option))}`);
  console.log(`  image size            ${size} bytes`);
  if (times.length) {
    console.log(`  start to Hello world! ${fmt(median(times.map((t) => t.toLine)))}`);
    console.log(`  start to exit         ${fmt(median(times.map((t) => t.toExit)))}`);
  }
} finally {
  stopDaemon();
  ws.dispose();
}
