/**
 * The project graph carries app → library → platform → architecture edges,
 * `affected` follows them, and libraries cannot see each other's internals
 * in the final image.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, exec, nx } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

describe('project graph', () => {
  let deps: Record<string, { target: string }[]>;
  beforeAll(() => {
    const file = join(REPO, 'dist', 'graph.test.json');
    const r = exec('node_modules/.bin/nx', ['graph', `--file=${file}`]);
    expect(r.code, r.stderr).toBe(0);
    deps = (JSON.parse(readFileSync(file, 'utf8')) as { graph: { dependencies: typeof deps } }).graph.dependencies;
    rmSync(file);
  });
  const edges = (p: string) => (deps[p] ?? []).map((d) => d.target).sort();

  it('links the app to its libraries and to its platforms', () => {
    expect(edges('helloworld')).toEqual(expect.arrayContaining(['nolibc', 'plat-kvm', 'plat-linuxu', 'ukboot']));
  });

  it('links libraries to what they require, down to the architecture', () => {
    expect(edges('ukboot')).toEqual(expect.arrayContaining(['ukalloc', 'ukargparse', 'ukdebug']));
    expect(edges('plat-kvm')).toEqual(expect.arrayContaining(['arch-x86_64', 'ukplat']));
  });
});

describe('affected', () => {
  let ws: Scratch;
  beforeAll(() => (ws = scratchWorkspace()));
  afterAll(() => ws?.dispose());

  it('a change to one library affects it and what depends on it, nothing else', () => {
    ws.edit('libs/ukargparse/src/argparse.c', (s) => `${s}\n/* changed */\n`);
    const r = exec('node_modules/.bin/nx', ['show', 'projects', '--affected', '--uncommitted'], { cwd: ws.dir });
    expect(r.code, r.stderr).toBe(0);
    const affected = r.stdout.split('\n').filter(Boolean).sort();
    expect(affected).toEqual([
      'alloctest-bbuddy',
      'alloctest-region',
      'alloctest-tlsf',
      'bench',
      'cdiff-app',
      'crashtest',
      'debugtest',
      'devtest',
      'fstest',
      'helloworld',
      'httpd-app',
      'initrd',
      'lua-app',
      'lwip',
      'posixdiff-app',
      'proftest',
      'ramfs',
      'selftest',
      'snapfs',
      'sockecho-app',
      'sqlite-app',
      'tracetest',
      'udpecho',
      'ukargparse',
      'ukboot',
      'ukprof',
      'xentest',
    ]);
  });
});

describe('symbol visibility', () => {
  beforeAll(() => {
    const r = nx(['build', 'helloworld', '--configuration=kvm-x86_64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it("every global symbol in the image is exported by its library, the app's own, or the linker script's", () => {
    const dir = 'dist/apps/helloworld/kvm-x86_64';
    const exported = new Set<string>();
    const objs = exec('bash', [
      '-c',
      'ls dist/libs/*/*/lib*.o.exports dist/plat/*/*/lib*.o.exports dist/arch/*/*/lib*.o.exports 2>/dev/null',
    ])
      .stdout.split('\n')
      .filter(Boolean);
    for (const f of objs) for (const s of readFileSync(join(REPO, f), 'utf8').split('\n')) if (s) exported.add(s);
    const app = exec('llvm-nm', [
      '--defined-only',
      '--extern-only',
      '--format=just-symbols',
      `${dir}/app/obj/apps__helloworld__main.c.o`,
    ])
      .stdout.split('\n')
      .filter(Boolean);
    for (const s of app) exported.add(s);
    const globals = exec('llvm-nm', ['--defined-only', '--extern-only', `${dir}/helloworld_kvm-x86_64.dbg`])
      .stdout.split('\n')
      .filter(Boolean)
      .map((l) => l.split(' '))
      .filter(([, type]) => type !== 'A' && type !== 'a')
      .map(([, , name]) => name!);
    const leaked = globals.filter((s) => !exported.has(s) && !s.startsWith('__'));
    expect(leaked).toEqual([]);
  });

  it('an internal function of a library is local in the final image', () => {
    const nm = exec('llvm-nm', ['dist/apps/helloworld/kvm-x86_64/helloworld_kvm-x86_64.dbg']).stdout;
    // uk_argparse is exported; a static-free helper of nolibc's printf is not.
    expect(nm).toMatch(/ T uk_argparse$/m);
    const locals = nm.split('\n').filter((l) => / [tdbr] /.test(l));
    expect(locals.length).toBeGreaterThan(10);
  });

  it("hello world carries no floating-point formatting: nolibc's FLOAT option is off by default", () => {
    const nm = exec('llvm-nm', ['dist/apps/helloworld/kvm-x86_64/helloworld_kvm-x86_64.dbg']).stdout;
    expect(nm).toMatch(/ [tT] nolibc_vformat$/m); // printf's formatter is there (uk_printk uses it)
    expect(nm).not.toMatch(/ [tT] (fmt_float|big_mul_add|strtod)$/m);
  });
});
