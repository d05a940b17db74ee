// Xen targets: image sizes and the median time from starting QEMU to the
// "Hello world!" line and to QEMU's exit, with the image as dom0 of
// Debian's Xen 4.17 (fetched into .cache/xen by `nx run` on first use).
//
//   node bench/xen.mjs [--boots=10] [--targets=xen-x86_64,xen-arm64]
// Run scripts/setup.sh first (it builds the plugin this script uses).
//
// The boot command is the target's own (tools/src/targets/xen-*.ts):
// xen-x86_64: qemu-system-x86_64 -M pc, TCG, the image as PV dom0;
// xen-arm64: qemu-system-aarch64 -M virt,virtualization=on,gic-version=3,
// TCG, the Image as dom0, loaded by QEMU's generic loader.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENV, REPO, fmt, median, timeToLine } from './lib.mjs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const boots = Number(arg('boots', '10'));
const targets = arg('targets', 'xen-x86_64,xen-arm64').split(',');
const nx = join(REPO, 'node_modules', '.bin', 'nx');
// The plugin as built by setup (npm run build:plugin).
const { targetSpec } = createRequire(import.meta.url)(join(REPO, 'tools/dist/index.js'));

function nxRun(args) {
  const r = spawnSync(nx, [...args, '--output-style=static'], { cwd: REPO, env: ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nx ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/** The command the target's `run` uses (QEMU with Xen here; xl on a Xen host), as [command, args]. */
function bootCommand(target, image) {
  const boot = targetSpec(target).boot(image, { memory: '64M', args: ['one', 'two'], workspaceRoot: REPO });
  return [boot.cmd, boot.args];
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
  const raw = existsSync(`${image}.Image`) ? ` (arm64 Image ${statSync(`${image}.Image`).size})` : '';
  console.log(
    `  ${target.padEnd(12)} image ${statSync(image).size} bytes${raw}, ` +
      `start to Hello world! ${fmt(median(times.map((t) => t.toLine)))}, start to exit ${fmt(median(times.map((t) => t.toExit)))}`,
  );
}
