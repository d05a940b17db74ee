/**
 * After a profile run: write the folded stacks and the flame graph of the
 * boot's ukprof dump as `dist/profile/<app>.<target>.folded` and `.svg`,
 * and give the lines to print. Not beside the image: the link's output
 * folder is a cache entry.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { flameGraphSvg } from './flamegraph';
import { foldProfile, foldedText, parseProfile, topFunctions } from './prof';

export interface ProfileFiles {
  folded: string;
  svg: string;
  samples: number;
  /** What to print: the files and the top functions. */
  lines: string[];
}

/** Undefined when the output has no whole dump. */
export function writeProfileFiles(
  output: string,
  image: string,
  root: string,
  app: string,
  target: string,
): ProfileFiles | undefined {
  const p = parseProfile(output);
  if (!p) return undefined;
  const folded = foldProfile(p, `${image}.dbg`, root);
  const dir = join(root, 'dist', 'profile');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${app}.${target}`);
  const files = { folded: `${base}.folded`, svg: `${base}.svg` };
  const title = `${app} (${target})`;
  writeFileAtomic(files.folded, `${foldedText(folded)}\n`);
  writeFileAtomic(files.svg, flameGraphSvg(folded, `${title}: ${p.samples} samples at ${p.hz} Hz`));
  const lines = [
    `ukprof: ${p.samples} sample(s) at ${p.hz} Hz${p.lost ? ` (${p.lost} tick(s) not recorded: buffer full or dump running)` : ''}`,
    `ukprof: folded stacks: ${relative(root, files.folded)}`,
    `ukprof: flame graph:   ${relative(root, files.svg)}`,
    'ukprof: top functions (self samples):',
    ...topFunctions(folded, 5).map(
      (t) => `  ${t.percent.toFixed(1).padStart(5)}%  ${String(t.samples).padStart(6)}  ${t.fn}`,
    ),
  ];
  return { ...files, samples: p.samples, lines };
}
