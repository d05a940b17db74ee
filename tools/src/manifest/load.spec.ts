import { describe, expect, it } from 'vitest';
import { parseAppConfig, parseAppManifest, parseLibraryManifest } from './load';
import { ukErrorMessage } from '../testing/errors';

const good = `import { defineLibrary } from '@ukraft/nx';
export default defineLibrary({
  name: 'demo', description: 'd', license: 'MIT',
  requires: ['nolibc'],
  options: { LEVEL: { type: 'int', default: 2, range: [0, 4], help: 'h' } },
  sources: { common: ['src/a.c'] },
  exports: ['demo_fn'],
});`;

const message = ukErrorMessage;

describe('library manifests', () => {
  it('loads a valid manifest with defaults filled in', () => {
    const m = parseLibraryManifest('libs/demo/uk.lib.ts', good);
    expect(m.name).toBe('demo');
    expect(m.kind).toBe('lib');
    expect(m.include).toEqual(['include']);
    expect(m.sources.arch).toEqual({});
    expect(m.options['LEVEL']).toMatchObject({ type: 'int', default: 2 });
  });

  it('names the file and suggests the field for a typo', () => {
    const msg = message(() => parseLibraryManifest('libs/demo/uk.lib.ts', good.replace('requires:', 'requries:')));
    expect(msg).toContain('libs/demo/uk.lib.ts');
    expect(msg).toContain("unknown field 'requries' (did you mean 'requires'?)");
  });

  it('accepts a requirement that holds on some targets and checks its condition', () => {
    const cond = good.replace("requires: ['nolibc']", "requires: ['nolibc', { name: 'gic', if: 'arch == arm64' }]");
    expect(parseLibraryManifest('libs/demo/uk.lib.ts', cond).requires).toEqual([
      'nolibc',
      { name: 'gic', if: 'arch == arm64' },
    ]);
    expect(
      message(() => parseLibraryManifest('libs/demo/uk.lib.ts', cond.replace('arch == arm64', 'arch == '))),
    ).toContain(
      "libs/demo/uk.lib.ts: field 'requires.1.if': expected a name, number or string at the end in 'arch == '",
    );
    expect(
      message(() => parseLibraryManifest('libs/demo/uk.lib.ts', cond.replace('arch == arm64', 'LEVEL > 1'))),
    ).toContain("libs/demo/uk.lib.ts: field 'requires.1.if': only plat and arch can decide a requirement, not 'LEVEL'");
  });

  it('names the nested field of a wrong value', () => {
    const msg = message(() => parseLibraryManifest('x/uk.lib.ts', good.replace("'src/a.c'", "'/abs/a.c'")));
    expect(msg).toContain("field 'sources.common.0'");
    expect(msg).toContain('relative path');
  });

  it('rejects a bad option type and an unknown option kind', () => {
    expect(message(() => parseLibraryManifest('x/uk.lib.ts', good.replace('default: 2', "default: 'two'")))).toContain(
      "field 'options.LEVEL.default'",
    );
    expect(message(() => parseLibraryManifest('x/uk.lib.ts', good.replace("type: 'int'", "type: 'float'")))).toContain(
      'options.LEVEL.type',
    );
  });

  it('reports syntax errors with a position', () => {
    expect(message(() => parseLibraryManifest('x/uk.lib.ts', 'export default {'))).toMatch(
      /^x\/uk\.lib\.ts:\d+:\d+: syntax error/,
    );
  });

  it('refuses imports other than @ukraft/nx and a missing default export', () => {
    expect(message(() => parseLibraryManifest('x/uk.lib.ts', "import fs from 'fs'; export default fs"))).toContain(
      "imports 'fs'",
    );
    expect(message(() => parseLibraryManifest('x/uk.lib.ts', 'export const a = 1;'))).toContain('no default export');
  });
});

describe('app manifests and configurations', () => {
  it('validates targets', () => {
    const src = `export default { name: 'a', description: 'd', license: 'MIT', libraries: ['x'], sources: ['m.c'], targets: ['kvm-sparc'] }`;
    expect(message(() => parseAppManifest('apps/a/uk.app.ts', src))).toContain(
      "field 'targets.0': 'kvm-sparc' is not a target",
    );
  });

  it('parses a saved configuration and rejects broken JSON', () => {
    const c = parseAppConfig(
      'c.json',
      '{"options":{"ukdebug":{"LOGLEVEL":4}},"targets":{"kvm-x86_64":{"options":{}}}}',
    );
    expect(c.options['ukdebug']).toEqual({ LOGLEVEL: 4 });
    expect(message(() => parseAppConfig('apps/a/uk.config.json', '{'))).toContain(
      'apps/a/uk.config.json: not valid JSON',
    );
    expect(message(() => parseAppConfig('c.json', '{"option": {}}'))).toContain(
      "unknown field 'option' (did you mean 'options'?)",
    );
  });
});

describe('option declarations', () => {
  it('rejects a malformed dependency expression, naming the field', () => {
    const src = good.replace("help: 'h' }", "help: 'h', dependsOn: 'plat == && kvm' }");
    expect(message(() => parseLibraryManifest('libs/demo/uk.lib.ts', src))).toMatch(
      /libs\/demo\/uk\.lib\.ts: field 'options\.LEVEL\.dependsOn': expected a name, number or string at column 9/,
    );
  });

  it('rejects a default outside its own range', () => {
    const src = good.replace('default: 2', 'default: 9');
    expect(message(() => parseLibraryManifest('x/uk.lib.ts', src))).toContain(
      "field 'options.LEVEL.default': 9 is outside its range [0, 4]",
    );
  });
});

describe('target names', () => {
  it('a uk.config.json block for a target that does not exist lists the targets', () => {
    const msg = message(() => parseAppConfig('apps/a/uk.config.json', '{ "targets": { "kvm-mips": {} } }'));
    expect(msg).toContain('apps/a/uk.config.json: invalid configuration');
    expect(msg).toContain("field 'targets': 'kvm-mips' is not a target");
    expect(msg).toContain('the targets are kvm-x86_64, kvm-arm64,');
  });

  it("an app's unknown target is named, with the nearest one", () => {
    const app = `import { defineApp } from '@ukraft/nx';
export default defineApp({ name: 'a', description: 'd', license: 'MIT', libraries: ['nolibc'], sources: ['main.c'], targets: ['kvm-x86_46'] });`;
    const msg = message(() => parseAppManifest('apps/a/uk.app.ts', app));
    expect(msg).toContain("field 'targets.0': 'kvm-x86_46' is not a target (did you mean 'kvm-x86_64'?)");
  });
});
