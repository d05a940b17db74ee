// A copy of the repository's files (tracked and untracked, minus what git
// ignores) in a fresh temporary folder, with node_modules linked: the
// scratch workspace of the e2e tests and the benchmarks. Plain JS so both
// can use it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..', '..');

/**
 * Copy the work tree into a new folder named <prefix>XXXXXX; returns its path.
 * ownPlugin: the copy loads its own Nx plugin (tools/, built there) instead of
 * the repository's: node_modules becomes a folder of links with @ukraft/nx
 * pointing at the copy's tools/.
 */
export function copyWorkspace(prefix, { ownPlugin = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const ls = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' });
  if (ls.status !== 0) throw new Error(`git ls-files failed in ${REPO}: ${ls.stderr}`);
  for (const f of ls.stdout.split('\n').filter(Boolean)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      cpSync(join(REPO, f), join(dir, f));
    } catch {
      /* deleted in the work tree but still tracked */
    }
  }
  if (!ownPlugin) {
    shareNodeModules(dir);
    return dir;
  }
  linkNodeModules(dir, join(dir, 'tools'));
  const b = spawnSync('npm', ['run', '-s', 'build:plugin'], { cwd: dir, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`building the plugin in ${dir} failed: ${b.stderr}${b.stdout}`);
  return dir;
}

/**
 * Make dir/node_modules a folder of links to the repository's packages, with
 * @ukraft/nx pointing at plugin (a path that need not exist: a broken link),
 * or without @ukraft/nx when plugin is null. Replaces what was there.
 */
export function linkNodeModules(dir, plugin) {
  const nm = join(dir, 'node_modules');
  rmSync(nm, { recursive: true, force: true });
  mkdirSync(join(nm, '@ukraft'), { recursive: true });
  for (const entry of readdirSync(join(REPO, 'node_modules'))) {
    if (entry !== '@ukraft') symlinkSync(join(REPO, 'node_modules', entry), join(nm, entry));
  }
  if (plugin !== null) symlinkSync(plugin, join(nm, '@ukraft', 'nx'));
}

/** Undo linkNodeModules: dir/node_modules is again one link to the repository's. */
export function shareNodeModules(dir) {
  const nm = join(dir, 'node_modules');
  rmSync(nm, { recursive: true, force: true });
  symlinkSync(join(REPO, 'node_modules'), nm);
}
