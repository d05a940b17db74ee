// Concurrent builds in one workspace (issue 22): in a scratch copy, one
// clean `nx build helloworld` (every declared target) as the reference,
// then --runs times (default 5) two and then three clean builds started a
// random 0-500 ms apart. Every run must exit 0 and leave
// dist/apps/helloworld byte-equal to the reference with no temporary file
// anywhere in dist/; any difference fails the script (exit 1). Prints the
// wall time of each round beside the single build's.
//
//   node bench/concurrent-builds.mjs [--runs=5] [--counts=2,3] [--configuration=<target>]
import { join } from 'node:path';
import { clean, concurrently, diffTrees, leftoverTemps, startNx, tree } from '../test/support/concurrent.mjs';
import { scratch } from './lib.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const runs = Number(arg('runs', '5'));
const counts = arg('counts', '2,3').split(',').map(Number);
const configuration = arg('configuration', '');
const build = ['build', 'helloworld', ...(configuration ? [`--configuration=${configuration}`] : [])];
const images = (dir) => tree(join(dir, 'dist', 'apps', 'helloworld'));

const ws = scratch();
let failures = 0;
try {
  clean(ws.dir);
  const single = await startNx(ws.dir, build, 1800).done;
  if (single.code !== 0) throw new Error(`the reference build failed:\n${single.out}`);
  const reference = images(ws.dir);
  console.log(`reference: ${reference.size} files in dist/apps/helloworld, ${(single.ms / 1000).toFixed(1)} s`);
  for (let i = 1; i <= runs; i++) {
    for (const n of counts) {
      clean(ws.dir);
      const t0 = Date.now();
      const { results, delays } = await concurrently(ws.dir, build, n, 500, 1800);
      const wall = ((Date.now() - t0) / 1000).toFixed(1);
      const bad = results.flatMap((r, k) =>
        r.code === 0 ? [] : [`run ${k} exited ${r.code}:\n${r.out.slice(-4000)}`],
      );
      const diff = diffTrees(reference, images(ws.dir));
      const temps = leftoverTemps(join(ws.dir, 'dist'));
      const ok = bad.length === 0 && diff.length === 0 && temps.length === 0;
      if (!ok) failures++;
      console.log(
        `round ${i}, ${n} builds (gaps ${delays.join(', ')} ms): ${ok ? 'ok' : 'FAILED'}, ${wall} s` +
          `, exit codes ${results.map((r) => r.code).join(' ')}, images ${diff.length ? `differ: ${diff.join('; ')}` : 'identical'}` +
          `${temps.length ? `, temporary files left: ${temps.join(', ')}` : ''}`,
      );
      for (const b of bad) console.log(b);
    }
  }
} finally {
  ws.dispose();
}
console.log(failures ? `${failures} round(s) failed` : 'every round passed');
process.exit(failures ? 1 : 0);
