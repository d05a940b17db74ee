// Concurrent builds in one workspace (issue 22): start several `nx`
// commands at once, wait for all, compare what they left in dist/. Plain
// JS so the e2e test and bench/concurrent-builds.mjs share it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..', '..');
const NX = join(REPO, 'node_modules', '.bin', 'nx');
const ENV = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NX_NO_CLOUD: 'true',
  FORCE_COLOR: '0',
  NO_COLOR: '1',
};

/** A temporary output name of tools/src/fs/atomic-write.ts. */
export const TEMP_NAME = /^\..+\.tmp-\d+-[0-9a-f]{8}$/;

/** The state of a clean clone: no dist/, no Nx cache or workspace data. */
export function clean(dir) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.nx'), { recursive: true, force: true });
}

/**
 * Start `nx <args>` in dir; done resolves to { code, signal, out, ms } when
 * it ends (SIGKILLed after timeoutS). detached: in its own process group,
 * so `process.kill(-child.pid, ...)` reaches every process of the build.
 */
export function startNx(dir, args, timeoutS = 600, { detached = false } = {}) {
  const t0 = Date.now();
  const child = spawn(NX, [...args, '--output-style=static'], {
    cwd: dir,
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d.toString()));
  child.stderr.on('data', (d) => (out += d.toString()));
  const timer = setTimeout(
    () => (detached ? process.kill(-child.pid, 'SIGKILL') : child.kill('SIGKILL')),
    timeoutS * 1000,
  );
  const done = new Promise((res) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      res({ code: code ?? -1, signal, out, ms: Date.now() - t0 });
    }),
  );
  return { child, done };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Run the same nx command `count` times at once in dir, each started a
 * random 0-maxGapMs after the previous; resolves to every result with the
 * delays used.
 */
export async function concurrently(dir, args, count, maxGapMs = 500, timeoutS = 600) {
  const runs = [];
  const delays = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      const d = Math.floor(Math.random() * (maxGapMs + 1));
      delays.push(d);
      await sleep(d);
    }
    runs.push(startNx(dir, args, timeoutS).done);
  }
  return { results: await Promise.all(runs), delays };
}

/** Every file under dir (relative path → sha256). */
export function tree(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Differences between two trees, as lines (empty when equal). */
export function diffTrees(expected, actual) {
  const lines = [];
  for (const [f, h] of expected) {
    if (!actual.has(f)) lines.push(`missing: ${f}`);
    else if (actual.get(f) !== h) lines.push(`differs: ${f}`);
  }
  for (const f of actual.keys()) if (!expected.has(f)) lines.push(`extra: ${f}`);
  return lines;
}

/** Temporary output files anywhere under dir. */
export function leftoverTemps(dir) {
  return [...tree(dir).keys()].filter((f) => TEMP_NAME.test(f.split('/').pop()));
}
