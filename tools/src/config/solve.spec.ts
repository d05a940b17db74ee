import { describe, expect, it } from 'vitest';
import { lib, makeWorkspace, platforms } from '../testing/workspace';
import { solve } from './solve';
import { resolveImage } from './resolve';
import { whyLibrary } from './why';
import { allExpansions, parseTarget, requirementsFor } from '../manifest/naming';
import { ukErrorMessage } from '../testing/errors';

const kvm = parseTarget('kvm-x86_64');
const linuxu = parseTarget('linuxu-x86_64');

const err = ukErrorMessage;

const pool = () => [
  ...platforms(),
  lib({
    name: 'debug',
    options: {
      ASSERT: { type: 'bool', default: false, help: 'h' },
      TRACE: { type: 'bool', default: false, dependsOn: 'ASSERT', help: 'h' },
      BUF: { type: 'int', default: 16, defaults: [{ if: 'plat == linuxu', value: 64 }], help: 'h' },
      KVMONLY: { type: 'int', default: 1, dependsOn: 'plat == kvm', help: 'h' },
    },
  }),
  lib({
    name: 'net',
    requires: ['debug'],
    options: { STRICT: { type: 'bool', default: false, select: ['debug.ASSERT', 'stats'], help: 'h' } },
  }),
  lib({ name: 'stats' }),
  lib({ name: 'bump', provides: ['allocator'] }),
  lib({ name: 'tlsf', provides: ['allocator'], defaultFor: ['allocator'] }),
  lib({ name: 'boot', requires: ['allocator'] }),
];

describe('dependsOn and conditional defaults', () => {
  it('turns an option off while its dependency is false and shows that in the header', () => {
    const ws = makeWorkspace(pool(), [{ manifest: { name: 'app', libraries: ['debug'], targets: ['linuxu-x86_64'] } }]);
    const s = solve(ws, 'app', linuxu);
    expect(s.values.get('debug')).toMatchObject({ TRACE: false, KVMONLY: undefined, BUF: 64 });
    expect(s.optionReasons.get('debug.BUF')!.kind).toBe('conditional default');
    expect(s.optionReasons.get('debug.KVMONLY')!.detail).toContain("plat = 'linuxu'");
    const header = resolveImage(ws, 'app', 'linuxu-x86_64').libs.find((l) => l.name === 'debug')!.header;
    expect(header).toContain('/* CONFIG_LIBDEBUG_KVMONLY is off: its dependency does not hold */');
    expect(header).toContain('#define CONFIG_LIBDEBUG_BUF 64');
  });

  it('refuses a setting whose dependency is unmet, naming file, expression and facts', () => {
    const ws = makeWorkspace(pool(), [
      { manifest: { name: 'app', libraries: ['debug'] }, config: { options: { debug: { TRACE: true } } } },
    ]);
    const msg = err(() => solve(ws, 'app', kvm));
    expect(msg).toContain(
      "apps/app/uk.config.json: 'options.debug.TRACE': unmet dependency: debug.TRACE depends on 'ASSERT', which is false for kvm-x86_64 (ASSERT = false)",
    );
  });

  it('refuses an option cycle', () => {
    const libs = [
      ...platforms(),
      lib({
        name: 'loop',
        options: {
          A: { type: 'bool', default: true, dependsOn: 'B', help: 'h' },
          B: { type: 'bool', default: true, dependsOn: 'A', help: 'h' },
        },
      }),
    ];
    const ws = makeWorkspace(libs, [{ manifest: { name: 'app', libraries: ['loop'] } }]);
    expect(err(() => solve(ws, 'app', kvm))).toContain(
      'options depend on each other in a cycle: loop.A → loop.B → loop.A',
    );
  });

  it('names an unknown option in an expression with a suggestion', () => {
    const libs = [
      ...platforms(),
      lib({
        name: 'x',
        options: {
          A: { type: 'bool', default: true, dependsOn: 'ASSRT', help: 'h' },
          ASSERT: { type: 'bool', default: true, help: 'h' },
        },
      }),
    ];
    const ws = makeWorkspace(libs, [{ manifest: { name: 'app', libraries: ['x'] } }]);
    expect(err(() => solve(ws, 'app', kvm))).toContain(
      "libs/x/uk.lib.ts: option A: 'ASSRT' is not an option of 'x' (did you mean 'ASSERT'?)",
    );
  });
});

describe('select', () => {
  it('forces a bool option on and pulls in a selected library, with the reason', () => {
    const ws = makeWorkspace(pool(), [
      { manifest: { name: 'app', libraries: ['net'] }, config: { options: { net: { STRICT: true } } } },
    ]);
    const s = solve(ws, 'app', kvm);
    expect(s.values.get('debug')!['ASSERT']).toBe(true);
    expect(s.optionReasons.get('debug.ASSERT')).toMatchObject({ kind: 'select', detail: 'selected by net.STRICT' });
    expect(s.order.map((l) => l.manifest.name)).toContain('stats');
    expect(s.libReasons.get('stats')).toMatchObject({ kind: 'select', by: 'net.STRICT' });
  });

  it('reports a setting that conflicts with a select', () => {
    const ws = makeWorkspace(pool(), [
      {
        manifest: { name: 'app', libraries: ['net'] },
        config: { options: { net: { STRICT: true }, debug: { ASSERT: false } } },
      },
    ]);
    expect(err(() => solve(ws, 'app', kvm))).toContain(
      "'options.debug.ASSERT': conflict: it sets debug.ASSERT to false, but net.STRICT selects it",
    );
  });

  it('reports a select whose target has an unmet dependency', () => {
    const libs = [
      ...pool(),
      lib({
        name: 'tracer',
        requires: ['debug'],
        options: { ON: { type: 'bool', default: true, select: ['debug.TRACE'], help: 'h' } },
      }),
    ];
    const ws = makeWorkspace(libs, [{ manifest: { name: 'app', libraries: ['tracer'] } }]);
    expect(err(() => solve(ws, 'app', kvm))).toContain(
      "libs/tracer/uk.lib.ts: option ON selects debug.TRACE, but debug.TRACE depends on 'ASSERT', which is false (ASSERT = false)",
    );
  });
});

describe('capabilities', () => {
  it('uses the default provider when nothing chooses one', () => {
    const ws = makeWorkspace(pool(), [{ manifest: { name: 'app', libraries: ['boot'] } }]);
    const s = solve(ws, 'app', kvm);
    expect(s.deps.get('boot')).toEqual(['tlsf']);
    expect(s.libReasons.get('tlsf')).toMatchObject({ capability: 'allocator', choice: 'the default provider' });
  });

  it('prefers a provider the app selects, then one its configuration names', () => {
    const chosen = makeWorkspace(pool(), [{ manifest: { name: 'app', libraries: ['boot', 'bump'] } }]);
    expect(solve(chosen, 'app', kvm).deps.get('boot')).toEqual(['bump']);
    const configured = makeWorkspace(pool(), [
      { manifest: { name: 'app', libraries: ['boot'] }, config: { providers: { allocator: 'bump' } } },
    ]);
    expect(solve(configured, 'app', kvm).deps.get('boot')).toEqual(['bump']);
    const wrong = makeWorkspace(pool(), [
      { manifest: { name: 'app', libraries: ['boot'] }, config: { providers: { allocator: 'stats' } } },
    ]);
    expect(err(() => solve(wrong, 'app', kvm))).toContain(
      "'providers.allocator' names 'stats', which does not provide 'allocator'",
    );
  });

  it('asks for a choice when several providers exist and none is the default', () => {
    const libs = pool().map((l) => (l.name === 'tlsf' ? { ...l, defaultFor: [] } : l));
    const ws = makeWorkspace(libs, [{ manifest: { name: 'app', libraries: ['boot'] } }]);
    expect(err(() => solve(ws, 'app', kvm))).toContain(
      `requires 'allocator', which bump, tlsf provide for kvm-x86_64, and none is chosen (chain: app → boot → allocator); select one in the app's libraries or set "providers": { "allocator": "<library>" }`,
    );
  });

  it('lets the target choose among providers by their plats, and says when none fits', () => {
    const drivers = [
      lib({ name: 'virtio', plats: ['kvm'], provides: ['nic'] }),
      lib({ name: 'tap', plats: ['linuxu'], provides: ['nic'] }),
    ];
    const ws = makeWorkspace(
      [...pool(), ...drivers],
      [{ manifest: { name: 'app', libraries: ['boot', 'nic'], targets: ['kvm-x86_64', 'linuxu-x86_64'] } }],
    );
    const onKvm = solve(ws, 'app', kvm);
    expect(onKvm.order.map((l) => l.manifest.name)).toContain('virtio');
    expect(onKvm.order.map((l) => l.manifest.name)).not.toContain('tap');
    expect(onKvm.libReasons.get('virtio')).toMatchObject({
      capability: 'nic',
      choice: 'the only provider for kvm-x86_64',
    });
    expect(solve(ws, 'app', linuxu).order.map((l) => l.manifest.name)).toContain('tap');
    const none = makeWorkspace(
      [...pool(), drivers[0]!, lib({ name: 'front', plats: ['xen'], provides: ['nic'] })],
      [{ manifest: { name: 'app', libraries: ['boot', 'nic'], targets: ['linuxu-x86_64'] } }],
    );
    expect(err(() => solve(none, 'app', linuxu))).toContain(
      "requires 'nic', and none of its providers (virtio, front) supports linuxu-x86_64 (chain: app → nic); virtio does not support platform linuxu (it supports kvm); front does not support platform linuxu (it supports xen)",
    );
  });

  it('refuses two selected providers of one capability', () => {
    const ws = makeWorkspace(pool(), [{ manifest: { name: 'app', libraries: ['boot', 'bump', 'tlsf'] } }]);
    expect(err(() => solve(ws, 'app', kvm))).toContain('selects bump and tlsf, which all provide');
  });
});

describe('libraries from the saved configuration', () => {
  it('adds configured libraries, also per target', () => {
    const ws = makeWorkspace(pool(), [
      {
        manifest: { name: 'app', libraries: ['debug'], targets: ['kvm-x86_64', 'linuxu-x86_64'] },
        config: { libraries: ['stats'], targets: { 'linuxu-x86_64': { libraries: ['net'] } } },
      },
    ]);
    const names = (t: typeof kvm) => solve(ws, 'app', t).order.map((l) => l.manifest.name);
    expect(names(kvm)).toContain('stats');
    expect(names(kvm)).not.toContain('net');
    expect(names(linuxu)).toContain('net');
    expect(solve(ws, 'app', kvm).libReasons.get('stats')).toMatchObject({
      kind: 'config',
      file: 'apps/app/uk.config.json',
    });
  });
});

describe('requirements for some targets only', () => {
  const libs = () => [
    ...platforms(),
    lib({ name: 'gic', archs: ['arm64'] }),
    lib({
      name: 'glue',
      requires: [
        { name: 'gic', if: 'arch == arm64' },
        { name: 'stats', if: 'plat == kvm && arch == x86_64' },
      ],
    }),
    lib({ name: 'stats' }),
  ];

  it('pulls a library in only on the targets whose plat/arch condition holds', () => {
    const withArm64 = [
      ...platforms(),
      lib({ name: 'arch-arm64', kind: 'arch', archs: ['arm64'] }),
      lib({ name: 'gic' }),
      lib({ name: 'timer', requires: [{ name: 'gic', if: 'arch == arm64 && plat != linuxu' }] }),
    ];
    const ws = makeWorkspace(withArm64, [
      { manifest: { name: 'app', libraries: ['timer'], targets: ['kvm-x86_64', 'kvm-arm64', 'linuxu-arm64'] } },
    ]);
    const names = (t: string) => solve(ws, 'app', parseTarget(t)).order.map((l) => l.manifest.name);
    expect(names('kvm-arm64')).toContain('gic');
    expect(names('kvm-x86_64')).not.toContain('gic');
    expect(names('linuxu-arm64')).not.toContain('gic');
    expect(solve(ws, 'app', parseTarget('kvm-arm64')).libReasons.get('gic')).toMatchObject({
      kind: 'requires',
      by: 'timer',
    });
  });

  it('brings a library in only on the targets whose condition holds', () => {
    const ws = makeWorkspace(libs(), [
      { manifest: { name: 'app', libraries: ['glue'], targets: ['kvm-x86_64', 'linuxu-x86_64'] } },
    ]);
    const names = (t: typeof kvm) => solve(ws, 'app', t).order.map((l) => l.manifest.name);
    expect(names(kvm)).toContain('stats');
    expect(names(kvm)).not.toContain('gic');
    expect(names(linuxu)).not.toContain('stats');
    expect(solve(ws, 'app', kvm).deps.get('glue')).toEqual(['stats']);
  });

  it('why names only the libraries that would bring it in for this target', () => {
    const ws = makeWorkspace(libs(), [{ manifest: { name: 'app', libraries: ['glue'], targets: ['kvm-x86_64'] } }]);
    const s = solve(ws, 'app', kvm);
    expect(whyLibrary(ws, s, 'gic')).toContain('No library requires it.');
    expect(whyLibrary(ws, s, 'gic')).toContain('It does not support arch x86_64.');
  });

  it('expands placeholders and conditions together', () => {
    const m = { requires: [{ name: 'arch-{arch}', if: 'arch == arm64' }, 'nolibc'] };
    expect(requirementsFor(m, parseTarget('xen-arm64'))).toEqual(['arch-arm64', 'nolibc']);
    expect(requirementsFor(m, kvm)).toEqual(['nolibc']);
    expect(allExpansions({ name: 'gic', if: 'plat == xen' })).toEqual(['gic']);
    expect(allExpansions({ name: 'arch-{arch}', if: 'plat == xen && arch == arm64' })).toEqual(['arch-arm64']);
  });
});
