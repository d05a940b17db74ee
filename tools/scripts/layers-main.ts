/**
 * `node tools/dist/layers.js [src dir]` (built by npm run build:plugin):
 * the layer check of layers.ts over tools/src, one line per problem, exit 1
 * on any.
 */
import { join, relative, resolve } from 'node:path';
import { checkLayers, LAYERS, readImports } from './layers';

function main(): void {
  const srcDir = resolve(process.argv[2] ?? join(__dirname, '..', 'src'));
  const problems = checkLayers(readImports(srcDir), LAYERS);
  if (problems.length === 0) {
    console.log(`layers: ${relative(process.cwd(), srcDir) || '.'} imports one way, no cycle between folders`);
    return;
  }
  for (const p of problems) console.error(`layers: ${p}`);
  console.error(
    `layers: ${problems.length} problem(s); the order is LAYERS in tools/scripts/layers.ts (docs/plugin-map.md)`,
  );
  process.exitCode = 1;
}

main();
