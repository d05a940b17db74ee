/**
 * A build of one configuration runs the other targets' compile and link
 * tasks as skip tasks. They must never restore or overwrite the real
 * targets' outputs: a skip task that cached dist/ as it was then would,
 * on a later cache hit, put a stale image back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, nx } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let ws: Scratch;
const IMAGE = 'dist/apps/helloworld/linuxu-x86_64/helloworld_linuxu-x86_64';

function build(target: string): void {
  const r = nx(['build', 'helloworld', '-c', target], ws.dir);
  expect(r.code, r.stdout + r.stderr).toBe(0);
}

/** What the linuxu image prints first. */
function greeting(): string {
  const r = exec(`${ws.dir}/${IMAGE}`, [], { cwd: ws.dir, timeoutS: 20 });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.split('\n')[0]!;
}

beforeAll(() => {
  ws = scratchWorkspace();
});
afterAll(() => ws?.dispose());

describe('skip tasks of other configurations', () => {
  it('a no-op build of another target never puts back a stale image', () => {
    build('linuxu-x86_64');
    expect(greeting()).toBe('Hello world!');
    ws.edit('apps/helloworld/main.c', (s) => s.replace('"Hello world!"', '"Hello again!"'));
    // linuxu's link runs here as a skip task, while dist/ still holds the old image.
    build('kvm-x86_64');
    build('linuxu-x86_64');
    expect(greeting()).toBe('Hello again!');
    // The same skip task again: a cache hit that must not restore anything.
    build('kvm-x86_64');
    expect(greeting()).toBe('Hello again!');
  });
});
