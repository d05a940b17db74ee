/**
 * Symbolized crash dumps: find the backtraces a crash dump printed
 * (plat/shared/backtrace.c: "Backtrace:" then "  #N  0x<16 hex>" lines)
 * in a boot's output and resolve every address with llvm-symbolizer and
 * the image's `.dbg` to function, file and line (inlined calls too).
 *
 * Frame #0 is the faulting program counter when the register dump above
 * it shows that value (an exception); every other frame, and #0 of a
 * panic, is a return address, which is looked up one byte earlier: the
 * call instruction, not what follows it (the next line, or the next
 * function after a call that does not return).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, normalize, relative } from 'node:path';
import { z } from 'zod';
import { findTool } from '../toolchain/tools';

/** One printed frame. */
export interface Frame {
  index: number;
  address: bigint;
  /** The address to look up: the address itself for a faulting PC, else one less. */
  lookup: bigint;
}

/** One "Backtrace:" block with its frames, in printed order. */
export interface Backtrace {
  frames: Frame[];
}

const FRAME = /^\s*#(\d+)\s+0x([0-9a-fA-F]+)\s*$/;

/** The backtraces in a boot's output (none when it did not crash). */
export function parseBacktraces(output: string): Backtrace[] {
  // Xen's console puts "(d1) " before a domain's lines.
  const lines = output.split(/\r?\n/).map((l) => l.replace(/\r/g, '').replace(/^\(d\d+\) ?/, ''));
  const out: Backtrace[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== 'Backtrace:') continue;
    // The dump above: from the nearest CRASH line (or 40 lines) to here.
    let start = i;
    while (start > 0 && i - start < 40 && !lines[start]!.includes('CRASH')) start--;
    const dump = lines.slice(start, i).join('\n').toLowerCase();
    const frames: Frame[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const m = FRAME.exec(lines[j]!);
      if (!m) break;
      const index = Number(m[1]);
      const address = BigInt(`0x${m[2]}`);
      const hex = `0x${address.toString(16).padStart(16, '0')}`;
      const exact = index === 0 && dump.includes(hex);
      frames.push({ index, address, lookup: exact || address === 0n ? address : address - 1n });
      i = j;
    }
    if (frames.length) out.push({ frames });
  }
  return out;
}

/** Where one address is: innermost (inlined) function first. */
export interface Location {
  fn: string;
  file?: string;
  line?: number;
}

const symbolizerJson = z.array(
  z.object({
    Address: z.string().optional(),
    Symbol: z
      .array(z.object({ FunctionName: z.string(), FileName: z.string(), Line: z.number() }).passthrough())
      .optional(),
  }),
);

/** A source path as a reader wants it: relative to the workspace when under it, without "././". */
function tidy(file: string, root: string): string {
  const n = normalize(file);
  if (isAbsolute(n)) {
    const r = relative(root, n);
    return r.startsWith('..') ? n : r;
  }
  return n;
}

/**
 * Run llvm-symbolizer on addresses in one `.dbg`; one list of locations
 * per address (empty when unknown). Undefined when the tool failed.
 */
export function symbolize(dbg: string, addresses: readonly bigint[], root: string): Location[][] | undefined {
  if (!addresses.length) return [];
  let tool: string;
  try {
    tool = findTool('llvm-symbolizer');
  } catch {
    return undefined;
  }
  const r = spawnSync(
    tool,
    [
      '--output-style=JSON',
      '--inlines',
      '--functions=linkage',
      `--obj=${dbg}`,
      ...addresses.map((a) => `0x${a.toString(16)}`),
    ],
    { cwd: root, encoding: 'utf8', timeout: 20_000 },
  );
  if (r.status !== 0 || !r.stdout) return undefined;
  let parsed: z.infer<typeof symbolizerJson>;
  try {
    parsed = symbolizerJson.parse(JSON.parse(r.stdout));
  } catch {
    return undefined;
  }
  return parsed.map((entry) =>
    (entry.Symbol ?? [])
      .filter((s) => s.FunctionName && s.FunctionName !== '??')
      .map((s) => ({
        fn: s.FunctionName,
        file: s.FileName && s.FileName !== '??' ? tidy(s.FileName, root) : undefined,
        line: s.Line > 0 ? s.Line : undefined,
      })),
  );
}

const where = (l: Location) => (l.file ? ` at ${l.file}${l.line ? `:${l.line}` : ''}` : '');

/** The text of one symbolized backtrace, gdb-like: "#1  0x… in fn at file:line". */
export function formatBacktrace(bt: Backtrace, locs: Location[][]): string[] {
  const lines: string[] = [];
  bt.frames.forEach((f, k) => {
    const addr = `0x${f.address.toString(16).padStart(16, '0')}`;
    const pad = f.index < 10 ? '  ' : ' ';
    const l = locs[k] ?? [];
    if (!l.length) {
      lines.push(`  #${f.index}${pad}${addr} in ??`);
      return;
    }
    lines.push(`  #${f.index}${pad}${addr} in ${l[0]!.fn}${where(l[0]!)}`);
    for (const outer of l.slice(1)) lines.push(`      inlined into ${outer.fn}${where(outer)}`);
  });
  return lines;
}

/**
 * The symbolized form of every backtrace in a boot's output, as lines to
 * print after it; undefined when the output has no backtrace, the `.dbg`
 * is missing or llvm-symbolizer cannot read it.
 */
export function symbolizeCrash(output: string, dbg: string, root: string): string | undefined {
  const bts = parseBacktraces(output);
  if (!bts.length || !existsSync(dbg)) return undefined;
  const texts: string[] = [];
  for (const bt of bts) {
    const locs = symbolize(
      dbg,
      bt.frames.map((f) => f.lookup),
      root,
    );
    if (!locs) return undefined;
    texts.push(`Backtrace (symbolized with ${tidy(dbg, root)}):`, ...formatBacktrace(bt, locs));
  }
  return texts.join('\n');
}
