/**
 * A scratch copy of the repository for tests that edit sources, options or
 * manifests: tracked and untracked (not ignored) files, node_modules
 * linked, its own Nx cache and dist/, and a git history for `affected`.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyWorkspace } from './copy-workspace.mjs';
import { exec } from './run';

export interface Scratch {
  dir: string;
  read(path: string): string;
  write(path: string, text: string): void;
  edit(path: string, fn: (text: string) => string): void;
  git(...args: string[]): string;
  dispose(): void;
}

/** ownPlugin: the scratch copy builds and loads its own plugin (for edits to tools/). */
export function scratchWorkspace(opts: { ownPlugin?: boolean } = {}): Scratch {
  const dir = copyWorkspace('ukraft-e2e-', opts);
  const git = (...args: string[]) => {
    const r = exec('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=test', ...args], { cwd: dir });
    if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  return {
    dir,
    read: (p) => readFileSync(join(dir, p), 'utf8'),
    write: (p, t) => writeFileSync(join(dir, p), t),
    edit: (p, fn) => writeFileSync(join(dir, p), fn(readFileSync(join(dir, p), 'utf8'))),
    git,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
