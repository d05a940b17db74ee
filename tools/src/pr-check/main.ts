/**
 * `npm run pr-check -- --base=<ref> [--head=<ref>]`: what CI runs for a pull
 * request, the same on a laptop. The format, lint and type checks; the
 * plugin's own tests when the change touches tools/; then
 * `nx affected -t build test` between the merge base and head (boot tests of
 * the affected apps and host tests of the affected libraries included),
 * against the remote cache when NX_SELF_HOSTED_REMOTE_CACHE_SERVER is set.
 * Ends with a summary; the whole log is kept in --log-dir for CI to upload.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from './args';
import { changedFiles, mergeBase, resolveRef, touchesEverything } from './git';
import { formatSummary, summarize } from './summary';
import { UkError } from '../util/errors';
import { failureText } from '../util/report';

const ENV = { ...process.env, NX_TUI: 'false', NX_DAEMON: process.env['NX_DAEMON'] ?? 'false', FORCE_COLOR: '0' };

/** Run a command with its output on our terminal and in the log; resolves with its exit code and output. */
function step(
  cmd: string,
  args: string[],
  cwd: string,
  log: NodeJS.WritableStream,
): Promise<{ code: number; out: string }> {
  log.write(`\n$ ${cmd} ${args.join(' ')}\n`);
  process.stdout.write(`pr-check: ${cmd} ${args.join(' ')}\n`);
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const take = (to: NodeJS.WritableStream) => (d: Buffer) => {
      out += d.toString();
      to.write(d);
      log.write(d);
    };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    child.on('error', rej);
    child.on('close', (code) => res({ code: code ?? 1, out }));
  });
}

function hasScript(root: string, name: string): boolean {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return Boolean(pkg.scripts?.[name]);
}

async function main(): Promise<number> {
  const start = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' });
  if (top.status !== 0) throw new UkError('pr-check runs inside a git clone of the workspace');
  const root = top.stdout.trim();
  resolveRef(args.base, root);
  if (args.head) resolveRef(args.head, root);
  const base = mergeBase(args.base, args.head ?? 'HEAD', root);
  const changed = changedFiles(base, args.head, root);
  const logDir = resolve(root, args['log-dir']);
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, 'pr-check.log'));
  const range = ['--base', base, ...(args.head ? ['--head', args.head] : [])];
  const nx = join(root, 'node_modules', '.bin', 'nx');

  const checks: { name: string; ok: boolean }[] = [];
  const check = async (name: string, cmd: string, a: string[]) => {
    const r = await step(cmd, a, root, log);
    checks.push({ name, ok: r.code === 0 });
  };
  await check('format', 'bash', ['scripts/format.sh', '--check']);
  if (hasScript(root, 'lint')) await check('lint', 'npm', ['run', '-s', 'lint']);
  await check('types', 'npx', ['tsc', '-p', 'tools/tsconfig.json']);
  if (changed.some((f) => f.startsWith('tools/'))) {
    await check('plugin tests', 'npx', ['vitest', 'run', '--root', 'tools']);
  }

  // The plugin builds every project and Nx's graph has no edge to it, so a change to it (or to
  // the workspace's own configuration) makes every project affected; the task hashes (which
  // cover each executor's code) still restore whatever it does not change.
  const everything = changed.filter(touchesEverything);
  if (everything.length) {
    process.stdout.write(`pr-check: ${everything[0]} changed: every project counts as affected\n`);
  }
  const select = everything.length ? [] : ['--affected', ...range];
  const shown = spawnSync(nx, ['show', 'projects', ...select], { cwd: root, env: ENV, encoding: 'utf8' });
  if (shown.status !== 0) throw new UkError(`nx show projects failed:\n${shown.stderr}${shown.stdout}`);
  const projects = shown.stdout.split('\n').filter(Boolean).sort();

  const targets = args.targets.split(',');
  const affected = await step(
    nx,
    [
      ...(everything.length ? ['run-many'] : ['affected']),
      '-t',
      ...targets,
      ...(everything.length ? [] : range),
      '--output-style=static',
      ...(args['skip-remote-cache'] ? ['--skip-remote-cache'] : []),
    ],
    root,
    log,
  );
  const tasks = summarize(affected.out);
  checks.push({ name: `${everything.length ? 'all' : 'affected'} ${targets.join(' ')}`, ok: affected.code === 0 });

  const text = formatSummary({
    base,
    head: args.head ?? 'work tree',
    changed: changed.length,
    projects,
    tasks,
    checks,
    seconds: (Date.now() - start) / 1000,
  });
  process.stdout.write(text);
  log.write(text);
  log.end();
  const ok = checks.every((c) => c.ok);
  writeFileSync(
    join(logDir, 'summary.json'),
    `${JSON.stringify({ base, head: args.head ?? null, changed, projects, tasks, checks, ok }, null, 2)}\n`,
  );
  if (!existsSync(join(logDir, 'pr-check.log'))) throw new UkError(`could not write ${logDir}/pr-check.log`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(failureText(e).replace(/^error: /, 'pr-check: '));
    process.exit(2);
  },
);
