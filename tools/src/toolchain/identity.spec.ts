/**
 * The toolchain identity command (a runtime input of every compile and
 * link): it prints the tools' version lines, runs them only when a
 * program on PATH changed, and never prints kept lines for another set
 * of programs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDENTITY_CACHE, toolchainIdentityCommand } from './tools';

let dir: string;
const bin = () => join(dir, 'bin');
const counter = () => join(dir, 'runs');

/** A fake program `name` whose `--version` prints `version` and counts the runs. */
function tool(name: string, version: string, at = bin()): void {
  const f = join(at, name);
  writeFileSync(f, `#!/bin/sh\necho x >> ${counter()}\necho "${name} ${version}"\n`);
  chmodSync(f, 0o755);
}

/** The command's output in `dir` (the workspace root), with only the fake programs on PATH. */
function identity(path = bin()): string {
  const r = spawnSync('/bin/sh', ['-c', toolchainIdentityCommand()], {
    cwd: join(dir, 'ws'),
    encoding: 'utf8',
    env: { PATH: `${path}:/usr/bin:/bin`.replace(/^:/, '') },
  });
  expect(r.status).toBe(0);
  return r.stdout;
}
const runs = () => {
  try {
    return readFileSync(counter(), 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ukraft-identity-'));
  for (const d of ['bin', 'bin2', 'ws']) spawnSync('mkdir', ['-p', join(dir, d)]);
  tool('clang', '14.0.6');
  tool('ld.lld', '14.0.6');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('toolchainIdentityCommand', () => {
  it('prints the version lines, and the second time from the kept file without running a tool', () => {
    const first = identity();
    expect(first).toContain('clang 14.0.6');
    expect(first).toContain('ld.lld 14.0.6');
    const n = runs();
    expect(n).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'ws', IDENTITY_CACHE), 'utf8')).toContain('clang 14.0.6');
    expect(identity()).toBe(first);
    expect(runs()).toBe(n);
  });

  it('a program rewritten in place, or another one earlier on PATH, is run again', () => {
    identity();
    tool('clang', '15.0.0');
    expect(identity()).toContain('clang 15.0.0');
    tool('clang', '16.1.0', join(dir, 'bin2'));
    expect(identity(`${join(dir, 'bin2')}:${bin()}`)).toContain('clang 16.1.0');
    // Back to the first PATH: its clang (15.0.0) again, not the kept 16.1.0.
    expect(identity()).toContain('clang 15.0.0');
  });

  it('a kept file for other programs is never printed, and a missing tool drops out', () => {
    identity();
    writeFileSync(join(dir, 'ws', IDENTITY_CACHE), 'some other key\nclang 1.0 (kept)\n');
    const out = identity();
    expect(out).toContain('clang 14.0.6');
    expect(out).not.toContain('kept');
    rmSync(join(bin(), 'ld.lld'));
    expect(identity()).not.toContain('ld.lld 14.0.6');
  });
});
