import { describe, expect, it } from 'vitest';
import { lib, makeWorkspace, platforms } from '../testing/workspace';
import { resolveImage } from './resolve';
import { ukErrorMessage } from '../testing/errors';

const pool = () => [
  ...platforms(),
  lib({
    name: 'base',
    sources: { common: ['src/base.c'] },
    options: { DEPTH: { type: 'int', default: 2, range: [1, 8], help: 'h' } },
  }),
  lib({ name: 'mid', requires: ['base'], options: { FAST: { type: 'bool', default: false, help: 'h' } } }),
  lib({
    name: 'top',
    requires: ['mid'],
    sources: {
      common: ['a.c'],
      arch: { x86_64: ['x.S'] },
      plat: { linuxu: ['u.c'] },
      when: [
        { option: 'EXTRA', sources: ['extra.c'] },
        { option: 'KIND', value: 'A', sources: ['kind_a.c'] },
        { option: 'KIND', value: 'B', sources: ['kind_b.c'] },
      ],
    },
    options: {
      EXTRA: { type: 'bool', default: false, help: 'h' },
      KIND: { type: 'choice', choices: ['A', 'B'], default: 'A', help: 'h' },
    },
  }),
  lib({ name: 'side', requires: ['base'] }),
];

const err = ukErrorMessage;

describe('closure', () => {
  it('orders libraries after what they require and adds the platform', () => {
    const ws = makeWorkspace(pool(), [{ manifest: { name: 'app', libraries: ['top'] } }]);
    const img = resolveImage(ws, 'app', 'kvm-x86_64');
    const names = img.libs.map((l) => l.name);
    expect(names).toEqual(['base', 'mid', 'top', 'arch-x86_64', 'plat-kvm']);
    expect(img.linkerScript).toBe('plat/kvm/x86_64/link.ld');
  });

  it('computes what each library sees, transitively', () => {
    const ws = makeWorkspace(pool(), [{ manifest: { name: 'app', libraries: ['top'] } }]);
    const top = resolveImage(ws, 'app', 'kvm-x86_64').libs.find((l) => l.name === 'top')!;
    expect(top.visible).toEqual(['base', 'mid']);
    expect(top.header).toContain('CONFIG_LIBBASE_DEPTH 2');
    expect(top.includeDirs).toEqual(['libs/top/include', 'libs/base/include', 'libs/mid/include']);
    const base = resolveImage(ws, 'app', 'kvm-x86_64').libs.find((l) => l.name === 'base')!;
    expect(base.header).not.toContain('LIBMID');
  });

  it('selects sources per arch, plat and option', () => {
    const ws = makeWorkspace(pool(), [
      {
        manifest: { name: 'app', libraries: ['top'], targets: ['kvm-x86_64', 'linuxu-x86_64'] },
        config: { targets: { 'linuxu-x86_64': { options: { top: { EXTRA: true } } } } },
      },
    ]);
    const src = (t: string) => resolveImage(ws, 'app', t).libs.find((l) => l.name === 'top')!.sources;
    expect(src('kvm-x86_64')).toEqual(['libs/top/a.c', 'libs/top/x.S', 'libs/top/kind_a.c']);
    expect(src('linuxu-x86_64')).toEqual([
      'libs/top/a.c',
      'libs/top/x.S',
      'libs/top/u.c',
      'libs/top/extra.c',
      'libs/top/kind_a.c',
    ]);
  });

  it('selects sources by the value of a choice option', () => {
    const ws = makeWorkspace(pool(), [
      { manifest: { name: 'app', libraries: ['top'] }, config: { options: { top: { KIND: 'B' } } } },
    ]);
    const top = resolveImage(ws, 'app', 'kvm-x86_64').libs.find((l) => l.name === 'top')!;
    expect(top.sources).toEqual(['libs/top/a.c', 'libs/top/x.S', 'libs/top/kind_b.c']);
  });

  it('refuses a when value that is not a choice of the option', () => {
    const libs = pool().map((l) =>
      l.name === 'top'
        ? { ...l, sources: { common: ['a.c'], when: [{ option: 'KIND', value: 'C', sources: ['c.c'] }] } }
        : l,
    );
    const ws = makeWorkspace(libs, [{ manifest: { name: 'app', libraries: ['top'] } }]);
    expect(err(() => resolveImage(ws, 'app', 'kvm-x86_64'))).toContain(
      "libs/top/uk.lib.ts: field 'sources.when': 'KIND' is not a choice option of 'top' with the choice 'C'",
    );
  });

  it('names an unknown library, the file and the chain', () => {
    const libs = [...pool(), lib({ name: 'broken', requires: ['mid', 'nolbic'] })];
    const ws = makeWorkspace(
      [...libs, lib({ name: 'nolibc' })],
      [{ manifest: { name: 'app', libraries: ['broken'] } }],
    );
    const msg = err(() => resolveImage(ws, 'app', 'kvm-x86_64'));
    expect(msg).toContain(
      "libs/broken/uk.lib.ts: 'requires' names library 'nolbic', which does not exist (did you mean 'nolibc'?)",
    );
    expect(msg).toContain('chain: app → broken → nolbic');
  });

  it('names an unknown library selected by the app', () => {
    const ws = makeWorkspace(pool(), [{ manifest: { name: 'app', libraries: ['tpo'] } }]);
    expect(err(() => resolveImage(ws, 'app', 'kvm-x86_64'))).toContain(
      "apps/app/uk.app.ts: 'libraries' names library 'tpo', which does not exist (did you mean 'top'?)",
    );
  });

  it('reports a dependency cycle with its chain', () => {
    const libs = [
      ...platforms(),
      lib({ name: 'a', requires: ['b'] }),
      lib({ name: 'b', requires: ['c'] }),
      lib({ name: 'c', requires: ['a'] }),
    ];
    const ws = makeWorkspace(libs, [{ manifest: { name: 'app', libraries: ['a'] } }]);
    expect(err(() => resolveImage(ws, 'app', 'kvm-x86_64'))).toContain('dependency cycle: a → b → c → a');
  });

  it('refuses a library that does not support the target', () => {
    const libs = [...pool(), lib({ name: 'armonly', archs: ['arm64'] })];
    const ws = makeWorkspace(libs, [{ manifest: { name: 'app', libraries: ['armonly'] } }]);
    expect(err(() => resolveImage(ws, 'app', 'kvm-x86_64'))).toContain(
      "library 'armonly' does not support arch x86_64 (it supports arm64)",
    );
  });

  it('refuses two providers of one capability', () => {
    const libs = [...pool(), lib({ name: 'liba', provides: ['libc'] }), lib({ name: 'libb', provides: ['libc'] })];
    const ws = makeWorkspace(libs, [{ manifest: { name: 'app', libraries: ['liba', 'libb'] } }]);
    expect(err(() => resolveImage(ws, 'app', 'kvm-x86_64'))).toContain("'libb' and 'liba' both provide 'libc'");
  });
});

describe('option values', () => {
  it('layers defaults, app settings and per-target fragments', () => {
    const ws = makeWorkspace(pool(), [
      {
        manifest: { name: 'app', libraries: ['top'], targets: ['kvm-x86_64', 'linuxu-x86_64'] },
        config: { options: { base: { DEPTH: 5 } }, targets: { 'linuxu-x86_64': { options: { base: { DEPTH: 7 } } } } },
      },
    ]);
    const depth = (t: string) => resolveImage(ws, 'app', t).libs.find((l) => l.name === 'base')!.values['DEPTH'];
    expect(depth('kvm-x86_64')).toBe(5);
    expect(depth('linuxu-x86_64')).toBe(7);
  });

  it('rejects out-of-range, wrong-type and unknown settings, naming the file', () => {
    const mk = (options: Record<string, Record<string, number | boolean | string>>) =>
      makeWorkspace(pool(), [{ manifest: { name: 'app', libraries: ['top'] }, config: { options } }]);
    expect(err(() => resolveImage(mk({ base: { DEPTH: 9 } }), 'app', 'kvm-x86_64'))).toContain(
      "apps/app/uk.config.json: 'options.base.DEPTH': value 9 is out of range [1, 8]",
    );
    expect(err(() => resolveImage(mk({ mid: { FAST: 1 } }), 'app', 'kvm-x86_64'))).toContain(
      'expects true or false, got 1',
    );
    expect(err(() => resolveImage(mk({ base: { DEPHT: 3 } }), 'app', 'kvm-x86_64'))).toContain(
      "has no option 'DEPHT' (did you mean 'DEPTH'?)",
    );
    expect(err(() => resolveImage(mk({ sdie: { X: 1 } }), 'app', 'kvm-x86_64'))).toContain(
      "library 'sdie' is not part of the image",
    );
  });
});
