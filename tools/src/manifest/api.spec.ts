import { describe, expect, it } from 'vitest';
import { declaredApis, withApis } from './api';
import { libraryManifestSchema } from './schema';

const lib = (file: string, m: Record<string, unknown>) => ({
  file,
  manifest: libraryManifestSchema.parse({ description: 'd', license: 'MIT', ...m }),
});

const ukplat = lib('plat/common/uk.lib.ts', {
  name: 'ukplat',
  api: {
    ukplat: { help: 'uk/plat/console.h', symbols: ['ukplat_coutk', 'ukplat_halt'], requiredOf: 'plat' },
    'ukplat-irq': { help: 'uk/plat/irq.h', symbols: ['ukplat_irq_register'] },
  },
});

describe('APIs declared once, implemented by many', () => {
  it("an implementer's exports gain the API's symbols, once each, after its own", () => {
    const kvm = lib('plat/kvm/uk.lib.ts', {
      name: 'plat-kvm',
      kind: 'plat',
      implements: ['ukplat', 'ukplat-irq'],
      exports: ['ukplat_halt', 'start32'],
    });
    const apis = declaredApis(
      new Map([
        ['ukplat', ukplat],
        ['plat-kvm', kvm],
      ]),
    );
    expect(withApis('plat-kvm', kvm, apis).exports).toEqual([
      'ukplat_halt',
      'start32',
      'ukplat_coutk',
      'ukplat_irq_register',
    ]);
  });

  it('a platform that does not implement the platform API fails, naming its file and the API', () => {
    const bad = lib('plat/new/uk.lib.ts', { name: 'plat-new', kind: 'plat' });
    const apis = declaredApis(new Map([['ukplat', ukplat]]));
    expect(() => withApis('plat-new', bad, apis)).toThrow(
      /plat\/new\/uk\.lib\.ts: plat-new is a plat library, and every plat library implements ukplat's API 'ukplat'/,
    );
    // An ordinary library need not.
    const plain = lib('libs/x/uk.lib.ts', { name: 'x' });
    expect(withApis('x', plain, apis)).toBe(plain.manifest);
  });

  it('an API nobody declares, and one declared twice, are errors naming the file', () => {
    const apis = declaredApis(new Map([['ukplat', ukplat]]));
    const typo = lib('plat/kvm/uk.lib.ts', { name: 'plat-kvm', kind: 'plat', implements: ['ukplat', 'ukplat-iqr'] });
    expect(() => withApis('plat-kvm', typo, apis)).toThrow(
      /plat\/kvm\/uk\.lib\.ts: 'implements.1': no library declares an API 'ukplat-iqr' \(declared: ukplat, ukplat-irq\)/,
    );
    const twice = lib('libs/y/uk.lib.ts', { name: 'y', api: { ukplat: { help: 'h', symbols: ['a'] } } });
    expect(() =>
      declaredApis(
        new Map([
          ['ukplat', ukplat],
          ['y', twice],
        ]),
      ),
    ).toThrow(/libs\/y\/uk\.lib\.ts: 'api.ukplat': API 'ukplat' is already declared by ukplat/);
  });
});
