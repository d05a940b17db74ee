/**
 * The cache rule, checked on a scratch copy: a no-op build restores every
 * task; touching one library's source reruns only that library's compiles
 * and the links; one option reaches only the libraries that can see it;
 * two apps with equal values share a compile; each image carries its own
 * values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, named, nx, tasks } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let ws: Scratch;
const real = (list: string[]) => list.filter((t) => !/:(kvm|linuxu|xen)-(x86_64|arm64)$/.test(t));
/** The targets hello world declares, from its manifest. */
const declared = () =>
  [...ws.read('apps/helloworld/uk.app.ts').matchAll(/'((?:kvm|linuxu|xen)-(?:x86_64|arm64))'/g)]
    .map((m) => m[1]!)
    .sort();

// Every image of every app from nothing: ~300 tasks, minutes on 2 cores.
beforeAll(() => {
  ws = scratchWorkspace();
  const r = nx(['run-many', '-t', 'build'], ws.dir, 1500);
  expect(r.code, r.stdout + r.stderr).toBe(0);
}, 1_600_000);
afterAll(() => ws?.dispose());

describe('no-op and one-file builds', () => {
  it('builds every image of every app, and a second run restores every task from the cache', () => {
    for (const f of [
      'dist/apps/helloworld/kvm-x86_64/helloworld_kvm-x86_64',
      'dist/apps/helloworld/kvm-x86_64/helloworld_kvm-x86_64.dbg',
      'dist/apps/helloworld/kvm-x86_64/helloworld_kvm-x86_64.map',
      'dist/apps/helloworld/linuxu-x86_64/helloworld_linuxu-x86_64',
      'dist/apps/selftest/kvm-x86_64/selftest_kvm-x86_64',
    ]) {
      expect(exec('test', ['-s', f], { cwd: ws.dir }).code, f).toBe(0);
    }
    const again = nx(['build', 'helloworld'], ws.dir);
    expect(again.code).toBe(0);
    const t = tasks(again.stdout);
    expect(t.ran.filter((x) => !x.endsWith(':build'))).toEqual([]);
    expect(t.cached.length).toBeGreaterThan(5);
  });

  it("touching one .c of one library reruns that library's compiles and the links only", () => {
    ws.edit(
      'libs/ukargparse/src/argparse.c',
      (s) => `${s}\nint uk_argparse_touched_by_test(void);\nint uk_argparse_touched_by_test(void) { return 42; }\n`,
    );
    const r = nx(['build', 'helloworld'], ws.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const t = tasks(r.stdout);
    const ran = real(t.ran).filter((x) => !x.endsWith(':build'));
    // One compile per declared target, of that library only; every link.
    expect(named(ran, /:compile-/).map((t) => t.replace(/-[0-9a-f]{10}$/, ''))).toEqual(
      declared().map((t) => `ukargparse:compile-${t}`),
    );
    expect(named(ran, /:link-/)).toEqual(declared().map((t) => `helloworld:link-${t}`));
  });

  it('changing run.memory in uk.app.ts relinks only the xen images (the .xl.cfg holds it)', () => {
    ws.edit('apps/helloworld/uk.app.ts', (s) => s.replace(/memory: '(\d+)M'/, (_, m) => `memory: '${Number(m) * 2}M'`));
    const r = nx(['build', 'helloworld'], ws.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const ran = real(tasks(r.stdout).ran).filter((x) => !x.endsWith(':build'));
    expect(named(ran, /:compile-/)).toEqual([]);
    expect(named(ran, /:link-/)).toEqual(
      declared()
        .filter((t) => t.startsWith('xen-'))
        .map((t) => `helloworld:link-${t}`),
    );
    const cfg = ws.read('dist/apps/helloworld/xen-x86_64/helloworld_xen-x86_64.xl.cfg');
    expect(cfg).toMatch(/^memory = 128$/m);
  });
});

describe('options', () => {
  it('changing one option recompiles the libraries that see it and relinks; nothing else', () => {
    ws.write('apps/helloworld/uk.config.json', JSON.stringify({ options: { ukboot: { MAXARGS: 32 } } }, null, 2));
    const r = nx(['build', 'helloworld', '--configuration=kvm-x86_64'], ws.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const ran = real(tasks(r.stdout).ran);
    // ukboot owns MAXARGS; nothing in hello world requires ukboot.
    expect(named(ran, /:compile-/)).toEqual([expect.stringMatching(/^ukboot:compile-kvm-x86_64-/)]);
    expect(named(ran, /:link-/)).toEqual(['helloworld:link-kvm-x86_64']);
  });

  it('two apps with different values build side by side, each with its own, sharing equal compiles', () => {
    // xentest declares only Xen targets.
    const r = nx(['run-many', '-t', 'build', '--configuration=kvm-x86_64', '--exclude=xentest'], ws.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const graph = JSON.parse(
      exec('node_modules/.bin/nx', ['show', 'project', 'ukplat', '--json'], { cwd: ws.dir }).stdout,
    ) as { targets: Record<string, unknown> };
    // One ukplat compile per target serves every app: it sees neither ukdebug's LOGLEVEL
    // nor the TESTS options selftest turns on (the platforms' included).
    expect(Object.keys(graph.targets).filter((t) => t.startsWith('compile-kvm-x86_64-'))).toHaveLength(1);
    const ukdebug = JSON.parse(
      exec('node_modules/.bin/nx', ['show', 'project', 'ukdebug', '--json'], { cwd: ws.dir }).stdout,
    ) as { targets: Record<string, unknown> };
    // hello world's, selftest's, tracetest's (uktrace.ENABLE, which ukdebug sees through
    // nolibc → uksched → uktrace), lua-app's (nolibc.FLOAT, which ukdebug sees as it requires
    // nolibc) and one the three alloctest apps share (their values are equal).
    expect(Object.keys(ukdebug.targets).filter((t) => t.startsWith('compile-kvm-x86_64-'))).toHaveLength(5);
    const hello = exec('dist/apps/helloworld/linuxu-x86_64/helloworld_linuxu-x86_64', [], { cwd: ws.dir });
    const self = exec('dist/apps/selftest/linuxu-x86_64/selftest_linuxu-x86_64', [], { cwd: ws.dir });
    expect(self.stdout).toContain('loglevel: 4');
    expect(self.stdout).toMatch(/\[debug\] ukboot/);
    expect(hello.stdout).not.toMatch(/\[debug\]/);
  });
});
