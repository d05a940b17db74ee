// The cost of the hardening (docs/security.md). For each target: hello
// world's image size (file and .text) and boot time (start to "Hello
// world!" and to exit, medians of --boots) with the stack protector on
// (the default) and off (option ukplat.STACK_PROTECTOR=false), built in a
// scratch copy and booted with the target's own `run` command
// (tools/src/targets/*.ts). W^X and the 4 KiB edge pages have no switch:
// their cost is inside the gap to --baseline (default f5e64ab, the last
// commit before the hardening, which also lacks what came with it:
// interrupts, TLS, the status line), unpacked with `git archive` into a
// temporary folder, given its own `npm ci` and plugin build, and measured
// the same way (--baseline=none skips it). A target's variants are booted
// in turn (on, off, baseline, on, ...; one warm-up round not counted), so
// that a change of load on this shared machine touches them alike.
// apps/bench's in-image figures (thread switch, semaphore ping-pong,
// allocator throughput; kvm-x86_64 and linuxu-x86_64 only) are taken with
// the protector on and off, in turn (medians of --runs boots).
//
//   node bench/hardening.mjs [--boots=10] [--runs=5] [--targets=kvm-x86_64,...]
//                            [--baseline=f5e64ab|none] [--no-inimage]
// Run scripts/setup.sh first (the plugin's dist is used for the boot
// commands; Xen is fetched into .cache/xen on first use).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ENV, REPO, fmt, median, scratch, timed, timeToLine } from './lib.mjs';
import { buildBench, runBench } from './inimage.mjs';

const ALL = ['kvm-x86_64', 'kvm-arm64', 'xen-x86_64', 'xen-arm64', 'linuxu-x86_64', 'linuxu-arm64'];
const INIMAGE = ['kvm-x86_64', 'linuxu-x86_64'];
const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const boots = Number(arg('boots', '10'));
const runs = Number(arg('runs', '5'));
const targets = arg('targets', ALL.join(',')).split(',');
const baseline = arg('baseline', 'f5e64ab');
const inimage = !process.argv.includes('--no-inimage');
const { targetSpec } = createRequire(import.meta.url)(join(REPO, 'tools/dist/index.js'));

/** Set ukplat.STACK_PROTECTOR in an app's uk.config.json (undefined: the default). */
function setProtector(dir, app, on) {
  const file = join(dir, 'apps', app, 'uk.config.json');
  const config = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const ukplat = { ...config.options?.ukplat };
  if (on === undefined) delete ukplat.STACK_PROTECTOR;
  else ukplat.STACK_PROTECTOR = on;
  config.options = { ...config.options, ukplat };
  writeFileSync(file, JSON.stringify(config, null, 2));
}

/**
 * Bytes of the ELF's .text section (ELF64, little-endian): the code the
 * protector grows, where the file size moves in page steps.
 */
function textSize(file) {
  const b = readFileSync(file);
  if (b.readUInt32BE(0) !== 0x7f454c46 || b[4] !== 2 || b[5] !== 1) return undefined;
  const shoff = Number(b.readBigUInt64LE(0x28));
  const shentsize = b.readUInt16LE(0x3a);
  const shnum = b.readUInt16LE(0x3c);
  const strtab = Number(b.readBigUInt64LE(shoff + b.readUInt16LE(0x3e) * shentsize + 0x18));
  for (let i = 0; i < shnum; i++) {
    const sh = shoff + i * shentsize;
    const name = b.toString('latin1', strtab + b.readUInt32LE(sh), b.indexOf(0, strtab + b.readUInt32LE(sh)));
    if (name === '.text') return Number(b.readBigUInt64LE(sh + 0x20));
  }
  return undefined;
}

const nxIn = (dir) => join(dir, 'node_modules', '.bin', 'nx');
const helloImage = (dir, target) => join(dir, `dist/apps/helloworld/${target}/helloworld_${target}`);

/**
 * Build hello world in dir and copy the image (with the files beside it:
 * .Image, .xl.cfg) to a folder of its own, so that the variants can be
 * booted in turn; { image, size } or { error }.
 */
function buildHello(dir, target, label) {
  try {
    timed(nxIn(dir), ['build', 'helloworld', `--configuration=${target}`, '--output-style=static'], dir);
  } catch (e) {
    return { error: String(e.message).split('\n')[0] };
  }
  const built = helloImage(dir, target);
  const keep = join(images, `${target}-${label}`);
  mkdirSync(keep, { recursive: true });
  for (const f of readdirSync(dirname(built)).filter((f) => f.startsWith(basename(built))))
    copyFileSync(join(dirname(built), f), join(keep, f));
  return { image: join(keep, basename(built)), size: statSync(built).size, text: textSize(built), times: [] };
}

/** One boot of v.image with the target's boot command; adds its times (not a warm-up's), or sets v.error. */
async function bootOnce(target, v, spec, warmUp = false) {
  if (v.error) return;
  // The Xen hypervisor is cached in this repository's .cache, wherever the image was built.
  const boot = spec(target).boot(v.image, { memory: '64M', args: ['one', 'two'], workspaceRoot: REPO });
  try {
    const t = await timeToLine(boot.cmd, boot.args, 'Hello world!', 120000);
    if (!warmUp) v.times.push(t);
  } catch (e) {
    v.error = `boot: ${String(e.message).split('\n')[0]}`;
  } finally {
    boot.cleanup?.();
  }
}

function summary(v) {
  if (v.error) return v;
  return { ...v, toLine: median(v.times.map((t) => t.toLine)), toExit: median(v.times.map((t) => t.toExit)) };
}

/** f5e64ab (or another commit) unpacked with its own node_modules and plugin, or null. */
function prepareBaseline(commit) {
  const dir = mkdtempSync(join(tmpdir(), `ukraft-base-${commit}-`));
  const sh = (cmd, args, cwd = dir) => {
    const r = spawnSync(cmd, args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${r.stderr}`);
  };
  try {
    sh('bash', ['-c', `git -C "${REPO}" archive "${commit}" | tar -x -C "${dir}"`]);
    sh('npm', ['ci', '--no-audit', '--no-fund']);
    sh('npm', ['run', '-s', 'build:plugin']);
    return dir;
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    console.log(`baseline ${commit} not measured: ${String(e.message).split('\n')[0]}`);
    return null;
  }
}

const cell = (r) =>
  r.error ? `(${r.error})` : `${r.size} B (.text ${r.text ?? '?'}), ${fmt(r.toLine)} / ${fmt(r.toExit)}`;
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(3)}x` : '-');

const ws = scratch();
const images = mkdtempSync(join(tmpdir(), 'ukraft-hardening-'));
const base = baseline === 'none' ? null : prepareBaseline(baseline);
// The baseline's own boot commands, where its plugin has them.
const baseSpec = base
  ? (createRequire(import.meta.url)(join(base, 'tools/dist/index.js')).targetSpec ?? targetSpec)
  : null;
try {
  const rows = [];
  for (const target of targets) {
    setProtector(ws.dir, 'helloworld', undefined);
    const on = buildHello(ws.dir, target, 'on');
    setProtector(ws.dir, 'helloworld', false);
    const off = buildHello(ws.dir, target, 'off');
    const before = base ? buildHello(base, target, baseline) : { error: 'not measured' };
    // In turn, so that a change of load touches all three alike; the
    // first round warms the page cache and is not counted.
    for (let i = -1; i < boots; i++) {
      await bootOnce(target, on, targetSpec, i < 0);
      await bootOnce(target, off, targetSpec, i < 0);
      if (base) await bootOnce(target, before, baseSpec, i < 0);
    }
    const row = { target, on: summary(on), off: summary(off), before: summary(before) };
    rows.push(row);
    console.log(`  ${target}: on ${cell(row.on)}; off ${cell(row.off)}; ${baseline} ${cell(row.before)}`);
  }
  console.log(`\nhello world, medians of ${boots} boots (start to Hello world! / start to exit)`);
  console.log(
    `| target | protector on (default) | protector off | ${baseline} (no W^X, no guards, no protector) | size on/off | .text on/off | size on/${baseline} | boot on/off | boot on/${baseline} |`,
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { target, on, off, before } of rows) {
    console.log(
      `| ${target} | ${cell(on)} | ${cell(off)} | ${cell(before)} | ${ratio(on.size, off.size)} | ${ratio(on.text, off.text)} | ${ratio(on.size, before.size)} | ${ratio(on.toLine, off.toLine)} | ${ratio(on.toLine, before.toLine)} |`,
    );
  }
  if (inimage) {
    console.log(`\napps/bench in-image, medians of ${runs} boots, protector on / off`);
    for (const target of INIMAGE.filter((t) => targets.includes(t))) {
      const variants = { on: undefined, off: false };
      const built = {};
      for (const [label, value] of Object.entries(variants)) {
        setProtector(ws.dir, 'bench', value);
        const image = buildBench(ws.dir, target);
        built[label] = join(images, `bench-${target}-${label}`);
        copyFileSync(image, built[label]);
      }
      // In turn, as the hello world boots.
      const all = { on: [], off: [] };
      for (let i = 0; i < runs; i++)
        for (const label of Object.keys(variants))
          all[label].push(runBench(built[label], target, ['yield', 'pingpong', 'alloc']));
      const res = {};
      for (const label of Object.keys(variants)) {
        res[label] = { size: statSync(built[label]).size, text: textSize(built[label]) };
        for (const k of Object.keys(all[label][0])) res[label][k] = median(all[label].map((r) => r[k]));
      }
      for (const k of Object.keys(res.on)) {
        console.log(
          `  ${target.padEnd(14)} ${k.padEnd(18)} ${res.on[k]} / ${res.off[k]}  (${ratio(res.on[k], res.off[k])})`,
        );
      }
    }
  }
} finally {
  ws.dispose();
  rmSync(images, { recursive: true, force: true });
  if (base) rmSync(base, { recursive: true, force: true });
}
