/**
 * Generators: what `nx g @ukraft/nx:library` and `:app` create builds and
 * passes its test at once, and a generated library joins an app's image
 * with nothing but the selection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, nx } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let ws: Scratch;
beforeAll(() => (ws = scratchWorkspace()));
afterAll(() => ws?.dispose());

describe('library generator', () => {
  it('scaffolds a library whose host test passes at once', () => {
    const g = exec(
      'node_modules/.bin/nx',
      ['g', '@ukraft/nx:library', 'mylib', '--description=Scales numbers', '--no-interactive'],
      { cwd: ws.dir },
    );
    expect(g.code, g.stdout + g.stderr).toBe(0);
    for (const f of ['uk.lib.ts', 'include/uk/mylib.h', 'src/mylib.c', 'tests/mylib_test.c'])
      expect(ws.read(`libs/mylib/${f}`)).not.toBe('');
    const t = nx(['run', 'mylib:test'], ws.dir);
    expect(t.code, t.stdout + t.stderr).toBe(0);
    expect(t.stdout).toContain('2 passed, 0 failed');
  });

  it('refuses a name that is taken or malformed', () => {
    expect(
      exec('node_modules/.bin/nx', ['g', '@ukraft/nx:library', 'nolibc', '--no-interactive'], { cwd: ws.dir }).code,
    ).not.toBe(0);
    const bad = exec('node_modules/.bin/nx', ['g', '@ukraft/nx:library', 'Bad.Name', '--no-interactive'], {
      cwd: ws.dir,
    });
    expect(bad.code).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain("'Bad.Name': a project name must be lower case");
  });

  it("selected in hello world's configuration, it builds and boots on kvm-x86_64 and linuxu-x86_64", () => {
    ws.write('apps/helloworld/uk.config.json', JSON.stringify({ libraries: ['mylib'] }));
    for (const t of ['kvm-x86_64', 'linuxu-x86_64']) {
      const r = nx(['run', 'helloworld:test', `--configuration=${t}`], ws.dir);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`mylib:compile-${t}-`));
      expect(r.stdout).toContain(`helloworld ${t}: main returned 0`);
    }
    const why = nx(['run', 'helloworld:why', '--lib=mylib', '--configuration=kvm-x86_64'], ws.dir);
    expect(why.stdout).toContain("mylib: selected in 'libraries' of apps/helloworld/uk.config.json");
  });
});

describe('app generator', () => {
  it('scaffolds an app that builds and passes its boot test at once', () => {
    const g = exec('node_modules/.bin/nx', ['g', '@ukraft/nx:app', 'myapp', '--no-interactive'], { cwd: ws.dir });
    expect(g.code, g.stdout + g.stderr).toBe(0);
    const r = nx(['run', 'myapp:test'], ws.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Hello from myapp!');
    expect(r.stdout).toContain('myapp kvm-x86_64: main returned 0');
    expect(r.stdout).toContain('myapp linuxu-x86_64: main returned 0');
  });
});
