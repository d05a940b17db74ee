/** The commits a pull request spans: its merge base with the base branch, and what it changes. */
import { spawnSync } from 'node:child_process';
import { UkError } from '../util/errors';

function git(args: string[], cwd: string): { code: number; out: string; err: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { code: r.status ?? 1, out: (r.stdout ?? '').trim(), err: (r.stderr ?? '').trim() };
}

/** The full SHA of ref, or a UkError saying how to get it (a shallow or single-branch clone). */
export function resolveRef(ref: string, cwd: string): string {
  const r = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  if (r.code !== 0 || !r.out) {
    throw new UkError(
      `'${ref}' is not a commit in this clone: fetch it first (for example 'git fetch origin ${ref}:${ref}', or check out with full history)`,
    );
  }
  return r.out;
}

/** The merge base of base and head: what the pull request started from. */
export function mergeBase(base: string, head: string, cwd: string): string {
  const r = git(['merge-base', base, head], cwd);
  if (r.code !== 0 || !r.out) {
    throw new UkError(`'${base}' and '${head}' have no common ancestor (a shallow clone? fetch with full history)`);
  }
  return r.out;
}

/** Files changed between base and head (head absent: the work tree, untracked files included). */
export function changedFiles(base: string, head: string | undefined, cwd: string): string[] {
  const diff = git(head ? ['diff', '--name-only', base, head] : ['diff', '--name-only', base], cwd);
  const files = diff.out ? diff.out.split('\n') : [];
  if (!head) {
    const untracked = git(['ls-files', '--others', '--exclude-standard'], cwd);
    if (untracked.out) files.push(...untracked.out.split('\n'));
  }
  return [...new Set(files)].sort();
}

/** Files whose change reaches every task: the plugin and the workspace's configuration. */
export function touchesEverything(file: string): boolean {
  return (
    file.startsWith('tools/') ||
    ['nx.json', 'package.json', 'package-lock.json', 'tsconfig.base.json', '.env'].includes(file)
  );
}
