import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers, folderOf, LAYERS, readImports, type LayerRules } from './layers';

const rules: LayerRules = {
  layers: [['util'], ['manifest'], ['config'], ['graph', 'menuconfig'], ['.']],
  testOnly: ['testing'],
};

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A fake source folder: path → text. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the layer check', () => {
  it('passes imports that run one way', () => {
    const src = tree({
      'index.ts': "export * from './graph/nodes';",
      'graph/nodes.ts': "import { solve } from '../config/solve';\nimport { x } from './plan';",
      'graph/plan.ts': 'export const x = 1;',
      'config/solve.ts': "import type { M } from '../manifest/schema';\nimport { UkError } from '../util/errors';",
      'manifest/schema.ts': "import { UkError } from '../util/errors';",
      'util/errors.ts': 'export class UkError extends Error {}',
      'config/solve.spec.ts': "import { ws } from '../testing/workspace';",
      'testing/workspace.ts': "import { nodes } from '../graph/nodes';",
    });
    expect(checkLayers(readImports(src), rules)).toEqual([]);
  });

  it('reports a cycle between folders, naming a file on each edge, and the import against the order', () => {
    const src = tree({
      'config/solve.ts': "import { Workspace } from '../graph/workspace';",
      'graph/workspace.ts': "import { naming } from '../config/naming';",
      'config/naming.ts': 'export const naming = 1;',
    });
    expect(checkLayers(readImports(src), rules)).toEqual([
      'cycle between folders config/ → graph/ → config/:\n' +
        '  config/solve.ts imports graph/workspace.ts\n' +
        '  graph/workspace.ts imports config/naming.ts',
      'config/solve.ts imports graph/workspace.ts: config/ may not import graph/ (in a later layer)',
    ]);
  });

  it('counts type-only imports, re-exports, dynamic imports and folder indexes', () => {
    const src = tree({
      'util/a.ts': "import type { T } from '../manifest';",
      'util/b.ts': "export { y } from '../config/y';",
      'util/c.ts': "const m = await import('../graph/m');",
      'manifest/index.ts': 'export type T = 1;',
      'config/y.ts': 'export const y = 1;',
      'graph/m.ts': 'export const m = 1;',
    });
    const problems = checkLayers(readImports(src), rules);
    expect(problems).toEqual([
      'util/a.ts imports manifest/index.ts: util/ may not import manifest/ (in a later layer)',
      'util/b.ts imports config/y.ts: util/ may not import config/ (in a later layer)',
      'util/c.ts imports graph/m.ts: util/ may not import graph/ (in a later layer)',
    ]);
  });

  it('refuses imports within one layer, test helpers outside specs, and unplaced folders', () => {
    const problems = checkLayers(
      [
        { from: 'menuconfig/model.ts', to: 'graph/plan.ts' },
        { from: 'config/solve.ts', to: 'testing/workspace.ts' },
        { from: 'boot/run.ts', to: 'util/errors.ts' },
      ],
      rules,
    );
    expect(problems).toEqual([
      'config/solve.ts imports testing/workspace.ts: testing/ holds test helpers, only spec files may import it',
      'boot/ (boot/run.ts) has no place in the layer order: add it to LAYERS in tools/scripts/layers.ts',
      'menuconfig/model.ts imports graph/plan.ts: menuconfig/ may not import graph/ (in the same layer)',
    ]);
  });

  it('names files in the root folder as the root', () => {
    expect(folderOf('index.ts')).toBe('.');
    expect(folderOf('graph/nodes.ts')).toBe('graph');
  });

  it('holds for the plugin itself', () => {
    expect(checkLayers(readImports(join(__dirname, '..', 'src')), LAYERS)).toEqual([]);
  });
});
