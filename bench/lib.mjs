// Shared helpers for the benchmarks: timing, medians, scratch workspaces,
// boot-to-line measurement. Figures are medians over repeated runs.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { copyWorkspace } from '../test/support/copy-workspace.mjs';

export const REPO = resolve(import.meta.dirname, '..');
export const ENV = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NX_NO_CLOUD: 'true',
  FORCE_COLOR: '0',
  NO_COLOR: '1',
};

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Run a command synchronously; returns wall milliseconds, throws on failure. */
export function timed(cmd, args, cwd, env = ENV) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return ms;
}

/** A copy of the repository's files with node_modules linked. */
export function scratch() {
  const dir = copyWorkspace('ukraft-bench-');
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Milliseconds from spawning the command until `line` appears on stdout. */
export function timeToLine(cmd, args, line, timeoutMs = 30000) {
  return new Promise((res, rej) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let buf = '';
    let seen;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`no "${line}" within ${timeoutMs} ms`));
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      buf += d.toString();
      if (seen === undefined && buf.includes(line)) seen = Number(process.hrtime.bigint() - t0) / 1e6;
    });
    child.on('close', () => {
      clearTimeout(timer);
      const total = Number(process.hrtime.bigint() - t0) / 1e6;
      seen === undefined ? rej(new Error(`"${line}" never printed:\n${buf}`)) : res({ toLine: seen, toExit: total });
    });
  });
}

export function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
