/**
 * The plugin's own code is in every task hash: an edit to any source file
 * an executor's bundle holds misses the cache for that executor's tasks,
 * and only for them. The scratch copy builds and loads its own plugin, so
 * the xl.cfg case checks the output too, not only the hash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, nx, tasks } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let ws: Scratch;

/** Tasks of the kvm-x86_64 build and tests, by the executor that runs them. */
const EXECUTORS: Record<string, RegExp> = {
  compile: /^[^:]+:compile-kvm-x86_64-[0-9a-f]+$/,
  link: /^helloworld:link-kvm-x86_64$/,
  build: /^helloworld:build(:kvm-x86_64)?$/,
  test: /^helloworld:test(:kvm-x86_64)?$/,
  'host-test': /^ukfdt:test$/,
};
const COMMAND = ['run-many', '-t', 'build', 'test', '-p', 'helloworld', 'ukfdt', '-c', 'kvm-x86_64'];

/** Plugin sources (`src/toolchain/tools.ts`) each executor's bundle holds. */
function closures(): Map<string, Set<string>> {
  const meta = JSON.parse(readFileSync(join(ws.dir, 'tools/dist/metafile-cjs.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const out = new Map<string, Set<string>>();
  for (const name of Object.keys(EXECUTORS)) {
    const inputs = Object.keys(meta.outputs[`dist/executors/${name}.js`]!.inputs).filter((f) => f.startsWith('src/'));
    out.set(name, new Set(inputs));
  }
  return out;
}

function run(): { ran: string[]; cached: string[] } {
  const r = nx(COMMAND, ws.dir);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return tasks(r.stdout);
}

beforeAll(() => {
  ws = scratchWorkspace({ ownPlugin: true });
  run();
});
afterAll(() => ws?.dispose());

describe('the plugin code in the task hashes', () => {
  it('an edit in each plugin folder an executor imports misses exactly the tasks of the executors that import it', () => {
    const deps = closures();
    const dir = (f: string) => f.slice(0, f.lastIndexOf('/'));
    const all = [...new Set([...deps.values()].flatMap((s) => [...s]))].sort();
    const folders = [...new Set(all.map(dir))];
    // Derived from the bundles, so a new folder is covered without a list to keep up.
    expect(folders).toEqual(expect.arrayContaining(['src/executors/link', 'src/toolchain', 'src/util', 'src/xen']));
    expect(run().ran.filter((t) => Object.values(EXECUTORS).some((re) => re.test(t)))).toEqual([]);
    const users = (f: string) => [...deps].filter(([, s]) => s.has(f)).map(([n]) => n);
    for (const folder of folders) {
      // The file of this folder that the most executors hold.
      const file = all.filter((f) => dir(f) === folder).sort((a, b) => users(b).length - users(a).length)[0]!;
      const path = `tools/${file}`;
      const before = ws.read(path);
      ws.write(path, `${before}\n// touched by plugin-hash.test.ts\n`);
      const t = run();
      for (const [name, re] of Object.entries(EXECUTORS)) {
        const ran = t.ran.some((x) => re.test(x));
        expect({ file, executor: name, ran }).toEqual({ file, executor: name, ran: users(file).includes(name) });
      }
      ws.write(path, before);
    }
  });

  it('an edit to the xl.cfg writer gives the new .xl.cfg once rebuilt, even after a build with the old bundle', () => {
    const r1 = nx(['build', 'helloworld', '-c', 'xen-x86_64'], ws.dir);
    expect(r1.code, r1.stdout + r1.stderr).toBe(0);
    const cfg = 'dist/apps/helloworld/xen-x86_64/helloworld_xen-x86_64.xl.cfg';
    expect(ws.read(cfg)).toContain('on_crash = "destroy"');
    ws.edit('tools/src/xen/xlcfg.ts', (s) => s.replace('on_crash = "destroy"', 'on_crash = "preserve"'));
    // A pull without `npm run build:plugin`: the old bundle runs under the new sources.
    const stale = nx(['build', 'helloworld', '-c', 'xen-x86_64'], ws.dir);
    expect(stale.code, stale.stdout + stale.stderr).toBe(0);
    expect(ws.read(cfg)).toContain('on_crash = "destroy"');
    const b = exec('npm', ['run', '-s', 'build:plugin'], { cwd: ws.dir });
    expect(b.code, b.stderr).toBe(0);
    const r2 = nx(['build', 'helloworld', '-c', 'xen-x86_64'], ws.dir);
    expect(r2.code, r2.stdout + r2.stderr).toBe(0);
    expect(tasks(r2.stdout).ran).toContain('helloworld:link-xen-x86_64');
    expect(ws.read(cfg)).toContain('on_crash = "preserve"');
  });
});
