/**
 * Two and three builds at once in one workspace (issue 22), as when an
 * editor's background build and a terminal build start together on a
 * clean clone: every run exits 0, and what they leave equals a single
 * clean build's, byte for byte, with no temporary file anywhere. Also:
 * two boot tests of one image at once, and a build killed with SIGKILL
 * (its whole process group, as a closed terminal does) at a random point,
 * after which a build passes and is identical. The five-times, all-targets
 * version is bench/concurrent-builds.mjs.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean, concurrently, diffTrees, leftoverTemps, startNx, tree, type NxResult } from '../support/concurrent.mjs';
import { scratchWorkspace, type Scratch } from '../support/workspace';

const BUILD = ['run-many', '-t', 'link-kvm-x86_64,link-linuxu-x86_64', '-p', 'helloworld'];
const IMAGES = 'dist/apps/helloworld';

let ws: Scratch;
let reference: Map<string, string>;

function expectAllPassed(results: NxResult[], delays: number[]): void {
  results.forEach((r, i) => expect(r.code, `run ${i} (starts ${delays.join(', ')} ms apart):\n${r.out}`).toBe(0));
}

function expectSameAsReference(): void {
  const images = tree(join(ws.dir, IMAGES));
  expect(images.size).toBe(reference.size);
  expect(diffTrees(reference, images)).toEqual([]);
  expect(leftoverTemps(join(ws.dir, 'dist'))).toEqual([]);
}

beforeAll(async () => {
  ws = scratchWorkspace();
  clean(ws.dir);
  const r = await startNx(ws.dir, BUILD).done;
  expect(r.code, r.out).toBe(0);
  reference = tree(join(ws.dir, IMAGES));
  expect([...reference.keys()]).toContain('kvm-x86_64/helloworld_kvm-x86_64');
  expect([...reference.keys()]).toContain('linuxu-x86_64/helloworld_linuxu-x86_64');
});

afterAll(() => ws?.dispose());

describe('concurrent clean builds of hello world (kvm-x86_64, linuxu-x86_64)', () => {
  it.each([2, 3])('%i builds started 0-500 ms apart all pass, images equal a single build', async (n) => {
    clean(ws.dir);
    const { results, delays } = await concurrently(ws.dir, BUILD, n, 500);
    expectAllPassed(results, delays);
    expectSameAsReference();
  });

  it('two `nx run helloworld:test -c linuxu-x86_64` at once both boot and pass', async () => {
    const { results, delays } = await concurrently(
      ws.dir,
      ['run', 'helloworld:test', '--configuration=linuxu-x86_64', '--skip-nx-cache'],
      2,
      200,
    );
    expectAllPassed(results, delays);
    for (const r of results) expect(r.out).toMatch(/helloworld linuxu-x86_64: main returned 0/);
  });

  it('a build SIGKILLed at a random point leaves nothing that trips the next one', async () => {
    clean(ws.dir);
    const { child, done } = startNx(ws.dir, BUILD, 300, { detached: true });
    // Somewhere in the middle of the compiles (a clean build here takes well over 10 s).
    const at = 2000 + Math.floor(Math.random() * 8000);
    await new Promise((r) => setTimeout(r, at));
    process.kill(-child.pid!, 'SIGKILL');
    const killed = await done;
    expect(killed.signal, `killed after ${at} ms:\n${killed.out}`).toBe('SIGKILL');
    const r = await startNx(ws.dir, BUILD).done;
    expect(r.code, `after a kill at ${at} ms:\n${r.out}`).toBe(0);
    expectSameAsReference();
  });
});
