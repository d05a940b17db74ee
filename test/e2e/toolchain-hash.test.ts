/**
 * The toolchain is in every compile and link hash (docs/build-model.md):
 * its identity is the tools' version lines, kept in
 * .cache/ukraft/toolchain-identity under the stat of the programs on PATH
 * (toolchain/tools.ts). A different clang earlier on PATH, and the same
 * path rewritten in place (an upgrade), must each miss the cache, with the
 * daemon too; putting the old one back restores the old entries.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, named, nx, tasks } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let ws: Scratch;
/** Where the test's clang lives, outside the workspace. */
const bin = mkdtempSync(join(tmpdir(), 'ukraft-toolchain-hash-'));
const TARGET = 'linuxu-x86_64';
const IMAGE = `dist/apps/helloworld/${TARGET}/helloworld_${TARGET}`;

/** A `clang` that reports another version and compiles with the real one. */
function wrapper(version: string): string {
  const real = exec('sh', ['-c', 'command -v clang']).stdout.trim();
  const file = join(bin, 'clang');
  writeFileSync(
    file,
    `#!/bin/sh\ncase "$1" in --version) echo "Debian clang version ${version} (toolchain-hash.test.ts)"; exit 0;; esac\nexec ${real} "$@"\n`,
  );
  chmodSync(file, 0o755);
  return `${bin}:${process.env['PATH']}`;
}

/** The real compile and link tasks of the build that ran (skip tasks of other targets left out). */
function build(env?: Record<string, string>): { compiles: string[]; links: string[]; ran: number } {
  const r = nx(['build', 'helloworld', '-c', TARGET], ws.dir, 900, env);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const t = tasks(r.stdout);
  const real = t.ran.filter((x) => !/:(kvm|linuxu|xen)-(x86_64|arm64)$/.test(x));
  return {
    compiles: named(real, new RegExp(`:compile-${TARGET}-`)),
    links: named(real, /:link-/),
    ran: t.ran.length,
  };
}

beforeAll(() => {
  ws = scratchWorkspace();
  build();
}, 1_000_000);
afterAll(() => {
  if (ws) exec('node_modules/.bin/nx', ['daemon', '--stop'], { cwd: ws.dir });
  ws?.dispose();
  rmSync(bin, { recursive: true, force: true });
});

describe('the toolchain in the task hashes', () => {
  it('another clang on PATH, then the same path rewritten, each miss every compile and link', () => {
    const hit = { compiles: [], links: [], ran: 0 };
    expect(build()).toEqual(hit);
    const swapped = build({ PATH: wrapper('99.0.0') });
    expect(swapped.links).toEqual([`helloworld:link-${TARGET}`]);
    expect(swapped.compiles.length).toBeGreaterThan(5);
    const first = build({ PATH: wrapper('99.0.0') });
    // The kept identity under the new key: a hit.
    expect(first).toEqual(hit);
    // Same path, new contents (an upgrade in place): the key changes, the versions are read again.
    const upgraded = build({ PATH: wrapper('98.1') });
    expect(upgraded.links).toEqual([`helloworld:link-${TARGET}`]);
    expect(upgraded.compiles.length).toBeGreaterThan(5);
    // The original clang again: every task comes back from the cache.
    expect(build()).toEqual(hit);
    expect(exec(join(ws.dir, IMAGE), [], { timeoutS: 20 }).stdout).toContain('Hello world!');
  });

  it('with the Nx daemon, a rewritten clang on the command line PATH misses too', () => {
    const daemon = { NX_DAEMON: 'true' };
    build(daemon);
    const r = build({ ...daemon, PATH: wrapper('97.2.1') });
    expect(r.links).toEqual([`helloworld:link-${TARGET}`]);
    expect(r.compiles.length).toBeGreaterThan(5);
    expect(build(daemon)).toEqual({ compiles: [], links: [], ran: 0 });
  });
});
