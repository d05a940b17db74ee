import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appConfigSchema } from '../manifest/schema';
import { lib, makeWorkspace, platforms } from '../testing/workspace';
import { ukErrorMessage } from '../testing/errors';
import { configText, mergeConfig, minimize, saveConfig } from './save';

const pool = () => [
  ...platforms(),
  lib({
    name: 'debug',
    options: {
      ASSERT: { type: 'bool', default: false, help: 'h' },
      BUF: { type: 'int', default: 16, range: [1, 64], help: 'h' },
    },
  }),
];
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace() {
  const ws = makeWorkspace(pool(), [
    { manifest: { name: 'app', libraries: ['debug'], targets: ['kvm-x86_64', 'linuxu-x86_64'] } },
  ]);
  const root = mkdtempSync(join(tmpdir(), 'uksave-spec-'));
  dirs.push(root);
  mkdirSync(join(root, 'apps/app'), { recursive: true });
  return { ...ws, root };
}

describe('saving an app configuration', () => {
  it('merges a fragment over a configuration, the fragment winning, per target too', () => {
    const base = appConfigSchema.parse({
      options: { debug: { ASSERT: true, BUF: 8 } },
      targets: { 'kvm-x86_64': { options: { debug: { BUF: 4 } } } },
    });
    const merged = mergeConfig(base, {
      options: { debug: { BUF: 32 } },
      targets: { 'kvm-x86_64': { libraries: ['x'] } },
    });
    expect(merged.options).toEqual({ debug: { ASSERT: true, BUF: 32 } });
    expect(merged.targets['kvm-x86_64']).toEqual({ libraries: ['x'], options: { debug: { BUF: 4 } } });
    expect(base.options.debug!.BUF).toBe(8); // the base is not changed
  });

  it('drops settings equal to what the solver picks anyway, and says which', () => {
    const ws = workspace();
    const c = appConfigSchema.parse({
      options: { debug: { ASSERT: false, BUF: 32 } },
      targets: { 'linuxu-x86_64': { options: { debug: { BUF: 32 } } } },
    });
    const { config, dropped } = minimize(ws, 'app', c);
    expect(dropped.sort()).toEqual(['options.debug.ASSERT', 'targets.linuxu-x86_64.options.debug.BUF']);
    expect(configText(config)).toBe(`${JSON.stringify({ options: { debug: { BUF: 32 } } }, null, 2)}\n`);
  });

  it('writes sorted keys with empty sections left out', () => {
    const text = configText(
      appConfigSchema.parse({
        libraries: ['z', 'a'],
        options: { zed: { B: 1, A: 2 }, abc: {} },
        targets: { 'linuxu-x86_64': {}, 'kvm-x86_64': { options: { debug: { BUF: 2 } } } },
      }),
    );
    expect(JSON.parse(text)).toEqual({
      libraries: ['a', 'z'],
      options: { abc: {}, zed: { A: 2, B: 1 } },
      targets: { 'kvm-x86_64': { options: { debug: { BUF: 2 } } } },
    });
    expect(text.indexOf('"A"')).toBeLessThan(text.indexOf('"B"'));
  });

  it('never writes a configuration that does not solve for every target', () => {
    const ws = workspace();
    const file = join(ws.root, 'apps/app/uk.config.json');
    const bad = appConfigSchema.parse({ targets: { 'linuxu-x86_64': { options: { debug: { BUF: 99 } } } } });
    expect(ukErrorMessage(() => saveConfig(ws, 'app', bad))).toMatch(/BUF/);
    expect(existsSync(file)).toBe(false);
    saveConfig(ws, 'app', appConfigSchema.parse({ options: { debug: { ASSERT: true } } }));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ options: { debug: { ASSERT: true } } });
  });
});
