// Xen targets: image sizes and the median time from starting QEMU to the
// "Hello world!" line and to QEMU's exit, with the image as dom0 of
// Debian's Xen 4.17 (fetched into .cache/xen by `nx run` on first use).
//
//   node bench/xen.mjs [--boots=10] [--targets=xen-x86_64,xen-arm64]
//
// xen-x86_64: qemu-system-x86_64 -M pc, TCG, the image as PV dom0.
// xen-arm64: qemu-system-aarch64 -M virt,virtualization=on,gic-version=3,
// TCG, the image as dom0 loaded by QEMU's generic loader.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENV, REPO, fmt, median, timeToLine } from './lib.mjs';
import { spawnSync } from 'node:child_process';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const boots = Number(arg('boots', '10'));
const targets = arg('targets', 'xen-x86_64,xen-arm64').split(',');
const nx = join(REPO, 'node_modules', '.bin', 'nx');

function nxRun(args) {
  const r = spawnSync(nx, [...args, '--output-style=static'], { cwd: REPO, env: ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nx ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/** The QEMU command the target's `run` uses, as [command, args]. */
function bootCommand(target, image) {
  if (target === 'xen-x86_64') {
    return ['qemu-system-x86_64', ['-M', 'pc', '-accel', 'tcg', '-cpu', 'max', '-m', '512', '-nodefaults', '-no-user-config',
      '-nographic', '-serial', 'stdio', '-no-reboot', '-device', 'isa-debug-exit,iobase=0xf4,iosize=4',
      '-kernel', join(REPO, '.cache/xen/x86_64/xen'), '-append', 'console=com1 com1=115200,8n1 dom0_mem=64M dom0_max_vcpus=1',
      '-initrd', `${image} one two`]];
  }
  throw new Error(`no boot command for ${target}`);
}

console.log(`hello world under Xen 4.17 in QEMU (TCG), medians of ${boots} boots`);
for (const target of targets) {
  const image = join(REPO, `dist/apps/helloworld/${target}/helloworld_${target}`);
  try {
    nxRun(['build', 'helloworld', `--configuration=${target}`]);
    // Fetches Xen into .cache/xen on first use, and checks the image boots.
    nxRun(['run', 'helloworld:run', `--configuration=${target}`]);
  } catch (e) {
    console.log(`  ${target.padEnd(12)} not measured: ${String(e.message).split('\n')[0]}`);
    continue;
  }
  if (!existsSync(image)) continue;
  const [cmd, args] = bootCommand(target, image);
  const times = [];
  for (let i = 0; i < boots; i++) times.push(await timeToLine(cmd, args, 'Hello world!', 60000));
  console.log(`  ${target.padEnd(12)} image ${statSync(image).size} bytes, ` +
    `start to Hello world! ${fmt(median(times.map((t) => t.toLine)))}, start to exit ${fmt(median(times.map((t) => t.toExit)))}`);
}
