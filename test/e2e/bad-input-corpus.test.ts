/**
 * The bad-input corpus (test/bad-input/cases.ts): each case makes one
 * mistake in a scratch copy, runs the command, and checks the exit code,
 * the message and that no stack trace shows. Then the copy is reverted
 * (git checkout + clean; dist/ and .nx/ stay, so it is cache-friendly),
 * and hello world for kvm-x86_64 must build byte-identical to the clean
 * build made first. `load` cases run the plugin's graph step in-process,
 * and many commands are refused before a compile or link runs: neither can
 * write outputs or cache entries, so after them the image's files are
 * compared without a rebuild. One scratch copy serves every case.
 * `cmd` and `tty` cases and cases with a `setup` must also leave the checkout
 * as it was (no tracked file changed, nothing new at its top); a setup is
 * undone before the revert, and hello world is then built again (all cache
 * hits) to show that the plugin loads once more.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectConfiguration } from '@nx/devkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDependencies } from '../../tools/src/graph/dependencies';
import { createNodes } from '../../tools/src/graph/nodes';
import { findManifests } from '../../tools/src/manifest/workspace';
import { UkError } from '../../tools/src/util/errors';
import { CASES, type Case, type Command, type Edit, type Setup } from '../bad-input/cases';
import { linkNodeModules, shareNodeModules } from '../support/copy-workspace.mjs';
import { exec, nx, QEMU_X86, qemuMicrovm, tasks } from '../support/run';
import { terminal } from '../support/tmux';
import { scratchWorkspace, type Scratch } from '../support/workspace';

const IMAGE_DIR = 'dist/apps/helloworld/kvm-x86_64';
const GOOD = ['build', 'helloworld', '-c', 'kvm-x86_64'];

let ws: Scratch;
let clean: Record<string, string>;
let passed = 0;

/** sha256 of every file of hello world's kvm-x86_64 output folder. */
function imageHashes(): Record<string, string> {
  const dir = join(ws.dir, IMAGE_DIR);
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const p = join(f.parentPath, f.name);
    out[p.slice(dir.length + 1)] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

function apply(edit: Edit): void {
  const path = join(ws.dir, edit.file);
  if ('write' in edit) return writeFileSync(path, edit.write);
  const text = readFileSync(path, 'utf8');
  if ('append' in edit) return writeFileSync(path, text + edit.append);
  const next = text.replace(edit.from, edit.to);
  if (next === text) throw new Error(`the case's edit does not apply: ${String(edit.from)} not in ${edit.file}`);
  writeFileSync(path, next);
}

/** The graph step as Nx runs it (createNodes, then createDependencies), then the app's images. */
function load(app: string): { code: number; out: string } {
  try {
    const files = findManifests(ws.dir);
    const ctx = { workspaceRoot: ws.dir, nxJsonConfiguration: {}, configFiles: files };
    const results = createNodes[1](files, undefined, ctx) as [
      string,
      { projects: Record<string, ProjectConfiguration> },
    ][];
    const projects: Record<string, ProjectConfiguration> = {};
    for (const [, r] of results) for (const p of Object.values(r.projects)) projects[p.name!] = p;
    createDependencies(undefined, { ...ctx, projects, externalNodes: {}, fileMap: {}, filesToProcess: {} } as never);
    const targets = Object.values(projects[app]?.targets ?? {});
    const error = targets.map((t) => (t.options as { error?: string } | undefined)?.error).find(Boolean);
    return error ? { code: 1, out: `error: ${error}` } : { code: 0, out: '' };
  } catch (e) {
    if (e instanceof UkError) return { code: 1, out: e.message };
    throw e;
  }
}

type Outcome = { code: number; out: string };
const plain = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

function breakInstall(setup: Setup): void {
  const tools = { 'plugin link missing': null, 'plugin link broken': 'tools-gone', 'plugin not built': 'tools' };
  const to = tools[setup];
  if (to === 'tools' && existsSync(join(ws.dir, 'tools/dist'))) throw new Error('the scratch copy has a tools/dist');
  linkNodeModules(ws.dir, to === null ? null : join(ws.dir, to));
}

/** A Command; a server is stopped with SIGTERM once its output matches `until` (or after 30 s). */
async function command(c: Command): Promise<Outcome> {
  const tmp = mkdtempSync(join(tmpdir(), 'ukraft-corpus-'));
  try {
    const [prog, ...args] = c.cmd.map((a) => a.replaceAll('{tmp}', tmp));
    if (!c.until) {
      const r = exec(prog === 'node' ? process.execPath : prog!, args, { cwd: ws.dir, timeoutS: 30, env: c.env });
      return { code: r.code, out: r.stdout + r.stderr };
    }
    const child = spawn(prog === 'node' ? process.execPath : prog!, args, {
      cwd: ws.dir,
      env: { ...process.env, ...c.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stopped = false;
    const exited = new Promise<number>((r) => child.once('exit', (code, signal) => r(code ?? (signal ? -1 : 0))));
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!stopped && c.until!.test(out)) stopped = child.kill('SIGTERM');
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await exited;
    clearTimeout(killer);
    return { code, out };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** nx in a tmux terminal of the given size; its whole transcript is the output. */
async function inTerminal(args: string[], [columns, rows]: [number, number]): Promise<Outcome> {
  const term = terminal(`ukraft-corpus-${process.pid}`, 'case');
  try {
    const nxArgs = args.map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
    const cmd = `cd '${ws.dir}' && env -u CI NX_DAEMON=false NX_TUI=false node_modules/.bin/nx ${nxArgs}; echo CASE-EXITED $?; sleep 300`;
    const started = term.tmux('new-session', '-d', '-s', 'case', '-x', String(columns), '-y', String(rows), cmd);
    if (started.code !== 0) throw new Error(`tmux: ${started.stderr}`);
    const end = Date.now() + 60_000;
    for (;;) {
      const text = term.transcript();
      const m = /CASE-EXITED (\d+)/.exec(text);
      if (m) return { code: Number(m[1]), out: text.slice(0, m.index) };
      if (Date.now() > end) throw new Error(`no exit after 60 s; the terminal shows:\n${text}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    term.kill();
  }
}

async function runCase(c: Case): Promise<Outcome> {
  if ('load' in c.run) return load(c.run.load);
  if ('cmd' in c.run) return command(c.run);
  if ('tty' in c.run) return inTerminal(c.run.tty, c.run.size);
  const r = nx(c.run.nx, ws.dir, c.timeoutS ?? 240);
  return { code: r.code, out: plain(r.stdout + r.stderr) };
}

/** What a command must not change on the host: dpkg's foreign architectures, /etc/apt, apt's lists. */
function hostPackages(): string {
  const listing = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .map((f) => join(f.parentPath, f.name))
          .sort()
          .map((p) => {
            const s = lstatSync(p);
            return `${p} ${s.size} ${s.mtimeMs}`;
          })
      : [`${dir} absent`];
  const dpkg = exec('dpkg', ['--print-foreign-architectures'], { timeoutS: 30 });
  return [
    `foreign architectures: ${dpkg.stdout.trim()}`,
    ...listing('/etc/apt'),
    ...listing('/var/lib/apt/lists'),
  ].join('\n');
}

/** Top-level names of the scratch copy, and whether git sees a change. */
function checkout(): { top: string[]; status: string } {
  return { top: readdirSync(ws.dir).sort(), status: ws.git('status', '--porcelain') };
}

function revert(): void {
  ws.git('checkout', '-q', '--', '.');
  ws.git('clean', '-fdq');
  expect(ws.git('status', '--porcelain')).toBe('');
}

beforeAll(() => {
  ws = scratchWorkspace();
  const r = nx(GOOD, ws.dir, 600);
  if (r.code !== 0) throw new Error(`the clean build failed:\n${r.stdout}${r.stderr}`);
  clean = imageHashes();
  expect(Object.keys(clean)).toContain('helloworld_kvm-x86_64');
}, 900_000);

afterAll(() => {
  console.log(`bad-input corpus: ${CASES.length} cases, ${passed} passed`);
  ws?.dispose();
});

describe('bad-input corpus', () => {
  it('has at least 70 cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(70);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(
      c.name,
      async () => {
        let ranTasks: boolean;
        // A mistake in the command or the install, not in a file: the checkout must stay as it was.
        const untouched = c.setup || 'cmd' in c.run || 'tty' in c.run ? checkout() : undefined;
        const host = c.hostUnchanged ? hostPackages() : undefined;
        try {
          if (c.edit) apply(c.edit);
          if (c.setup) breakInstall(c.setup);
          const r = await runCase(c);
          // A compile or link that really ran (not a cache hit, not another target's skip no-op).
          ranTasks = tasks(r.out).ran.some((t) => /:(compile|link)-[^:]+$/.test(t));
          const said = `${c.name}: exit ${r.code}\n${r.out}`;
          expect(r.code, said).toBe(c.code);
          expect(r.out, said).toMatch(c.message);
          expect(r.out, said).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
          if (host !== undefined)
            expect(hostPackages(), `the host's package configuration after '${c.name}'`).toBe(host);
        } finally {
          if (c.setup) shareNodeModules(ws.dir);
          if (untouched) expect(checkout(), `the checkout after '${c.name}'`).toEqual(untouched);
          revert();
        }
        // A command that ran no compile or link (refused by the graph, a pre-task check, a generator
        // or an executor; or only cache hits) cannot have changed the cache or dist/: the image files
        // are compared. After a compile or link ran, hello world is rebuilt and compared; so it is
        // after a setup, to show that undoing it left a workspace whose plugin loads again.
        if (ranTasks || c.setup) {
          const good = nx(GOOD, ws.dir, 600);
          expect(good.code, `good build after '${c.name}':\n${good.stdout}${good.stderr}`).toBe(0);
        }
        expect(imageHashes(), `hello world's kvm-x86_64 files after '${c.name}'`).toEqual(clean);
        passed++;
      },
      900_000,
    );
  }
});

describe('too little memory, booted directly (sizes nx run cannot express)', () => {
  it('kvm-x86_64 on microvm with -m 1152K says how much it needs and found, and QEMU exits non-zero', () => {
    const image = join(ws.dir, IMAGE_DIR, 'helloworld_kvm-x86_64');
    const args = qemuMicrovm(image, 'one two').map((a) => (a === '64M' ? '1152K' : a));
    const r = exec(QEMU_X86, args, { timeoutS: 60 });
    expect(r.stdout).toMatch(/kvm: out of memory: the image needs \d+ KiB of RAM .*, found 1152 KiB/);
    expect(r.stdout).toContain('ukraft: crashed, status 127');
    expect(r.code).toBe((127 << 1) | 1);
  });

  it('linuxu-x86_64 under ulimit -v says the heap size needed and found, and exits non-zero', () => {
    const b = nx(['build', 'helloworld', '-c', 'linuxu-x86_64'], ws.dir, 600);
    expect(b.code, b.stdout + b.stderr).toBe(0);
    const image = join(ws.dir, 'dist/apps/helloworld/linuxu-x86_64/helloworld_linuxu-x86_64');
    const r = exec('bash', ['-c', `ulimit -v 40000 && exec "$0" one two`, image], { timeoutS: 30 });
    expect(r.stdout).toMatch(
      /linuxu: out of memory: the heap needs 64 MiB .*, found \d+ MiB that the process could map/,
    );
    expect(r.code).toBe(127);
  });
});
