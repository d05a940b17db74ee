/**
 * Bad input fails early with one clear message naming the file and the
 * cause, exit code non-zero, no stack trace, and nothing built.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nx } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let ws: Scratch;
beforeAll(() => (ws = scratchWorkspace()));
afterAll(() => ws?.dispose());
beforeEach(() => {
  ws.git('checkout', '-q', '--', '.');
  ws.git('clean', '-fdq');
});

function fails(args: string[]): string {
  const r = nx(args, ws.dir, 120);
  expect(r.code).not.toBe(0);
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(existsSync(join(ws.dir, 'dist'))).toBe(false);
  return all;
}

describe('bad manifests and configurations', () => {
  it('a typo in a library manifest names the file and the field', () => {
    ws.edit('libs/ukargparse/uk.lib.ts', (s) => s.replace('requires:', 'requries:'));
    const out = fails(['build', 'helloworld']);
    expect(out).toContain("libs/ukargparse/uk.lib.ts: invalid manifest");
    expect(out).toContain("unknown field 'requries' (did you mean 'requires'?)");
  });

  it('an app requiring a library that does not exist names the app and the library', () => {
    ws.edit('apps/helloworld/uk.app.ts', (s) => s.replace("'nolibc'", "'nolibcc'"));
    const out = fails(['build', 'helloworld']);
    expect(out).toContain("apps/helloworld/uk.app.ts: 'libraries' names library 'nolibcc', which does not exist (did you mean 'nolibc'?)");
  });

  it('an option out of range names the configuration file and the option', () => {
    ws.write('apps/helloworld/uk.config.json', '{ "options": { "ukboot": { "MAXARGS": 100000 } } }');
    const out = fails(['build', 'helloworld']);
    expect(out).toContain("apps/helloworld/uk.config.json: 'options.ukboot.MAXARGS': value 100000 is out of range [1, 256]");
  });

  it('a target the app does not declare is refused', () => {
    const out = fails(['build', 'helloworld', '--configuration=xen-x86_64']);
    expect(out).toContain("app 'helloworld' does not declare target xen-x86_64");
  });
});

describe('bad C code', () => {
  it('a compile error names the source file and line and fails the build', () => {
    ws.edit('libs/ukargparse/src/argparse.c', (s) => `${s}\nint broken(void) { return undeclared_thing; }\n`);
    const r = nx(['build', 'helloworld', '--configuration=linuxu-x86_64'], ws.dir, 300);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/libs\/ukargparse\/src\/argparse\.c:\d+:\d+: error: use of undeclared identifier 'undeclared_thing'/);
    expect(existsSync(join(ws.dir, 'dist/apps/helloworld/linuxu-x86_64/helloworld_linuxu-x86_64'))).toBe(false);
  });
});
