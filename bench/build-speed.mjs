// No-op and one-change builds of hello world (kvm-x86_64, the README's
// `nx build helloworld --configuration=kvm-x86_64`) at a base commit and at
// HEAD, side by side in one run: each commit is cloned into its own
// temporary folder outside the repository, with its own `npm ci` and plugin
// build. Steps, each timed on both clones in alternating order (the machine
// may be loaded; pairs keep the ratio fair):
//   no-op    nothing changed
//   lib .c   a function appended to libs/ukalloc/src/alloc.c (a new global
//            symbol: the object and the image change, as a user's edit does)
//   main.c   the same in apps/helloworld/main.c
//   option   apps/helloworld/uk.config.json sets ukboot MAXARGS to a new value
// Every step restores the file it changed and rebuilds (untimed) before the
// next step; the daemon modes alternate within each run. The values are new in every run, so no step is a cache hit of
// an earlier one. Daemon off (NX_DAEMON=false) and on (NX_DAEMON=true, the
// daemon started by an untimed build first). Prints medians and HEAD/base
// after every run.
//
//   node bench/build-speed.mjs [--runs=10] [--base=f5e64ab] [--daemon=both|on|off]
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENV, REPO, median, timed } from './lib.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const runs = Number(arg('runs', '10'));
const base = arg('base', 'f5e64ab');
const modes = { both: ['off', 'on'], on: ['on'], off: ['off'] }[arg('daemon', 'both')];
if (!modes) throw new Error('--daemon must be both, on or off');

function sh(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, env: ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

/** A clone of REPO at `rev` in a temporary folder, installed and with the plugin built. */
function cloneAt(rev, label) {
  const dir = mkdtempSync(join(tmpdir(), `ukraft-speed-${label}-`));
  sh('git', ['clone', '--quiet', '--no-checkout', REPO, dir], REPO);
  sh('git', ['checkout', '--quiet', '--detach', rev], dir);
  sh('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
  sh('npm', ['run', '-s', 'build:plugin'], dir);
  return { label, rev: sh('git', ['rev-parse', '--short', 'HEAD'], dir), dir };
}

const head = sh('git', ['rev-parse', 'HEAD'], REPO);
if (sh('git', ['status', '--porcelain', '--untracked-files=no'], REPO))
  console.log('note: the work tree has uncommitted changes; HEAD is measured as committed');
const sides = [cloneAt(base, 'base'), cloneAt(head, 'head')];
const nonce = Date.now() % 1e6;

const build = (ws, env) =>
  timed(join(ws.dir, 'node_modules', '.bin', 'nx'), ['build', 'helloworld', '--configuration=kvm-x86_64'], ws.dir, env);

/** Change a file, returning how to put it back. */
function appendFunction(file, n) {
  const before = readFileSync(file, 'utf8');
  appendFileSync(file, `\nint uk_speed_bench_${n}(void);\nint uk_speed_bench_${n}(void) { return ${n}; }\n`);
  return () => writeFileSync(file, before);
}

const steps = {
  'no-op': () => () => {},
  'lib .c': (ws, n) => appendFunction(join(ws.dir, 'libs/ukalloc/src/alloc.c'), n),
  'main.c': (ws, n) => appendFunction(join(ws.dir, 'apps/helloworld/main.c'), n),
  option: (ws, n) => {
    const file = join(ws.dir, 'apps/helloworld/uk.config.json');
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    writeFileSync(file, JSON.stringify({ options: { ukboot: { MAXARGS: 2 + (n % 250) } } }));
    return () => (before === undefined ? rmSync(file) : writeFileSync(file, before));
  },
};

/** Stop the clones' daemons and remove the clones (also on SIGINT/SIGTERM, between builds). */
function cleanUp() {
  for (const ws of sides) {
    spawnSync(join(ws.dir, 'node_modules', '.bin', 'nx'), ['daemon', '--stop'], { cwd: ws.dir, env: ENV });
    rmSync(ws.dir, { recursive: true, force: true });
  }
}
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    cleanUp();
    process.exit(130);
  });

const results = {};
const envOf = (mode) => ({ ...ENV, NX_DAEMON: mode === 'on' ? 'true' : 'false' });

/** The table so far: printed after every run, so a run cut short still reports. */
function report(done) {
  console.log(
    `\nhello world kvm-x86_64, medians of ${done} alternating pairs; base ${sides[0].rev} (${base}), HEAD ${sides[1].rev}`,
  );
  console.log('| daemon | change | base | HEAD | HEAD/base |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [key, r] of Object.entries(results)) {
    const [mode, step] = key.split('|');
    const b = median(r.base);
    const h = median(r.head);
    console.log(
      `| ${mode} | ${step} | ${(b / 1000).toFixed(2)} s | ${(h / 1000).toFixed(2)} s | ${(h / b).toFixed(2)} |`,
    );
  }
}

try {
  // The first build of each mode (and the daemon's start): untimed.
  for (const mode of modes) for (const ws of sides) build(ws, envOf(mode));
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [...sides].reverse() : sides;
    for (const mode of modes) {
      const env = envOf(mode);
      // Settle: the daemon sees the other mode's edits here, not in a timed build.
      for (const ws of order) build(ws, env);
      for (const [step, change] of Object.entries(steps)) {
        for (const ws of order) {
          const restore = change(ws, nonce * 100 + i);
          const ms = build(ws, env);
          restore();
          if (step !== 'no-op') build(ws, env);
          ((results[`${mode}|${step}`] ??= {})[ws.label] ??= []).push(ms);
        }
      }
    }
    report(i + 1);
  }
} finally {
  cleanUp();
}
