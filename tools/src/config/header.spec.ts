import { describe, expect, it } from 'vitest';
import { libraryManifestSchema } from '../manifest/schema';
import { generateHeader } from './header';
import { parseTarget } from '../manifest/naming';

const m = libraryManifestSchema.parse({
  name: 'demo',
  description: 'd',
  license: 'MIT',
  options: {
    ON: { type: 'bool', default: true, help: 'h' },
    OFF: { type: 'bool', default: false, help: 'h' },
    N: { type: 'int', default: 3, help: 'h' },
    BASE: { type: 'hex', default: 4096, help: 'h' },
    NAME: { type: 'string', default: 'a"b\\c', help: 'h' },
    MODE: { type: 'choice', choices: ['FAST', 'SMALL'], default: 'FAST', help: 'h' },
  },
});
const plat = libraryManifestSchema.parse({ name: 'plat-kvm', kind: 'plat', description: 'd', license: 'MIT' });

describe('config header', () => {
  const values = { ON: true, OFF: false, N: 3, BASE: 4096, NAME: 'a"b\\c', MODE: 'SMALL' };
  const h = generateHeader(parseTarget('kvm-x86_64'), [
    { manifest: m, values },
    { manifest: plat, values: {} },
  ]);

  it('defines target and library macros', () => {
    expect(h).toContain('#define CONFIG_PLAT_KVM 1');
    expect(h).toContain('#define CONFIG_ARCH_X86_64 1');
    expect(h).toContain('#define CONFIG_LIBDEMO 1');
    expect(h.match(/#define CONFIG_PLAT_KVM 1/g)).toHaveLength(1);
  });

  it('renders each option type', () => {
    expect(h).toContain('#define CONFIG_LIBDEMO_ON 1');
    expect(h).toContain('/* CONFIG_LIBDEMO_OFF is not set */');
    expect(h).toContain('#define CONFIG_LIBDEMO_N 3');
    expect(h).toContain('#define CONFIG_LIBDEMO_BASE 0x1000');
    expect(h).toContain('#define CONFIG_LIBDEMO_NAME "a\\"b\\\\c"');
    expect(h).toContain('#define CONFIG_LIBDEMO_MODE_SMALL 1');
    expect(h).not.toContain('MODE_FAST');
  });

  it('does not depend on the order libraries are given in', () => {
    const again = generateHeader(parseTarget('kvm-x86_64'), [
      { manifest: plat, values: {} },
      { manifest: m, values },
    ]);
    expect(again).toBe(h);
  });
});
