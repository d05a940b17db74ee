/**
 * Reproducible images: the same commit in two clones at different paths,
 * each with its own Nx cache, builds hello world for every target (selftest too with
 * UK_REPRO_APPS=helloworld,selftest: it compiles libm twice, ~10 min on 2 cores); the
 * images, .dbg files, SBOMs and every other file beside them are
 * byte-identical, and no absolute path of either clone is in them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nx } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

const APPS = (process.env['UK_REPRO_APPS'] ?? 'helloworld').split(',').filter(Boolean);
let a: Scratch;
let b: Scratch;

/** Files beside the images (not the app's objects under app/), relative to dist/apps. */
function outputs(ws: Scratch): string[] {
  const root = join(ws.dir, 'dist/apps');
  const files: string[] = [];
  for (const app of APPS) {
    for (const t of readdirSync(join(root, app)).sort()) {
      for (const f of readdirSync(join(root, app, t)).sort()) {
        if (statSync(join(root, app, t, f)).isFile()) files.push(`${app}/${t}/${f}`);
      }
    }
  }
  return files;
}

beforeAll(() => {
  a = scratchWorkspace();
  b = scratchWorkspace();
  for (const ws of [a, b]) {
    const r = nx(['run-many', '-t', 'build', '-p', ...APPS], ws.dir, 1800);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
}, 3_600_000);
afterAll(() => {
  a?.dispose();
  b?.dispose();
});

describe('reproducible images', () => {
  it('two clones at different paths build byte-identical images, .dbg files and SBOMs for every target', () => {
    const files = outputs(a);
    expect(outputs(b)).toEqual(files);
    for (const app of APPS) {
      for (const ext of ['', '.dbg', '.spdx.json']) {
        expect(files).toContain(`${app}/kvm-x86_64/${app}_kvm-x86_64${ext}`);
        expect(files).toContain(`${app}/xen-arm64/${app}_xen-arm64${ext}`);
      }
    }
    const differ = files.filter(
      (f) => !readFileSync(join(a.dir, 'dist/apps', f)).equals(readFileSync(join(b.dir, 'dist/apps', f))),
    );
    expect(differ).toEqual([]);
    const leaks = files.filter((f) =>
      [a.dir, b.dir].some((d) => readFileSync(join(a.dir, 'dist/apps', f)).includes(Buffer.from(d))),
    );
    expect(leaks).toEqual([]);
  });
});
