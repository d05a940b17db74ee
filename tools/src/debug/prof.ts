/**
 * ukprof's samples (libs/ukprof/include/uk/prof.h): parse the dump a boot
 * printed, symbolize every address with the image's `.dbg` (symbolize.ts,
 * llvm-symbolizer) and fold the stacks: one line per distinct stack,
 * outermost frame first, `a;b;c <count>` (the folded format of Brendan
 * Gregg's FlameGraph, which flamegraph.pl, inferno and speedscope read).
 * Frame 0 is the interrupted PC and is looked up as is; the others are
 * return addresses, looked up one byte earlier (the call). Inlined calls
 * become frames of their own.
 */
import { symbolize } from './symbolize';

/** One run of identical consecutive samples. */
export interface ProfSample {
  count: number;
  /** The interrupted PC, then return addresses (innermost first). */
  pcs: bigint[];
}

export interface Profile {
  hz: number;
  depth: number;
  /** Samples in the buffer (sum of the counts). */
  samples: number;
  /** Ticks that found the buffer full. */
  lost: number;
  runs: ProfSample[];
}

const BEGIN = /^ukprof: begin hz=(\d+) depth=(\d+) samples=(\d+) lost=(\d+)\s*$/;
const RUN = /^ukprof: (\d+)((?: [0-9a-f]+)+)\s*$/;

/** The last whole dump in a boot's output, or undefined (no dump, or one cut off before its end line). */
export function parseProfile(output: string): Profile | undefined {
  let cur: Profile | undefined;
  let last: Profile | undefined;
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.replace(/\r/g, '');
    const b = BEGIN.exec(line);
    if (b) {
      cur = { hz: Number(b[1]), depth: Number(b[2]), samples: Number(b[3]), lost: Number(b[4]), runs: [] };
      continue;
    }
    if (!cur) continue;
    if (line.trim() === 'ukprof: end') {
      last = cur;
      cur = undefined;
      continue;
    }
    const r = RUN.exec(line);
    if (r)
      cur.runs.push({
        count: Number(r[1]),
        pcs: r[2]!
          .trim()
          .split(' ')
          .map((h) => BigInt(`0x${h}`)),
      });
  }
  return last;
}

/** Folded stacks: stack (outermost first, `;`-joined) → samples. */
export type Folded = Map<string, number>;

/** The address to look up for frame k. */
const lookupOf = (a: bigint, k: number) => (k === 0 || a === 0n ? a : a - 1n);

/**
 * Fold a profile, names from the `.dbg` (`??` where unknown, or the hex
 * address when there are no symbols at all). Undefined names never drop a
 * sample: every sample is in exactly one line.
 */
export function foldProfile(p: Profile, dbg: string, root: string): Folded {
  const keys = new Map<string, bigint>();
  for (const r of p.runs) r.pcs.forEach((a, k) => keys.set(lookupOf(a, k).toString(16), lookupOf(a, k)));
  const addrs = [...keys.values()];
  const locs = symbolize(dbg, addrs, root);
  const names = new Map<bigint, string[]>();
  addrs.forEach((a, i) => {
    const l = locs?.[i] ?? [];
    // llvm-symbolizer lists the innermost inlined function first; a stack reads outermost first.
    names.set(a, l.length ? l.map((x) => x.fn).reverse() : [locs ? '??' : `0x${a.toString(16)}`]);
  });
  const folded: Folded = new Map();
  for (const r of p.runs) {
    const frames = r.pcs
      .map((a, k) => names.get(lookupOf(a, k))!)
      .reverse()
      .flat()
      .map((f) => f.replace(/[;\s]/g, '_'));
    const key = frames.join(';');
    folded.set(key, (folded.get(key) ?? 0) + r.count);
  }
  return folded;
}

/** The folded file's text, heaviest stacks first. */
export function foldedText(f: Folded): string {
  return [...f.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([s, n]) => `${s} ${n}`)
    .join('\n');
}

/** Functions by self samples (the leaf of each stack), heaviest first, with their share in percent. */
export function topFunctions(f: Folded, n: number): { fn: string; samples: number; percent: number }[] {
  const self = new Map<string, number>();
  let total = 0;
  for (const [stack, c] of f) {
    const leaf = stack.slice(stack.lastIndexOf(';') + 1);
    self.set(leaf, (self.get(leaf) ?? 0) + c);
    total += c;
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, samples]) => ({ fn, samples, percent: total ? (100 * samples) / total : 0 }));
}
