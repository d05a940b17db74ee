/**
 * The final link and the platform's image step: an ELF with symbols
 * (`.dbg`), the stripped image, the link map and a size report per
 * library (from the map, so it counts what survived --gc-sections).
 */
import { chmodSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempPathFor, withTempOutputs, writeFileAtomic } from '../fs/atomic-write';
import { UkError } from '../util/errors';
import { findTool, run, runOrFail } from './tools';
import { toolchainFor } from './select';
import { explainUndefined } from './symbols';

export interface LinkRequest {
  cwd: string;
  app: string;
  target: string;
  objects: readonly string[];
  linkerScript?: string;
  outDir: string;
  image: string;
}

export interface LinkResult {
  image: string;
  debugImage: string;
  map: string;
  sizeReport: string;
  bytes: number;
}

export async function linkImage(req: LinkRequest): Promise<LinkResult> {
  const tc = toolchainFor(req.target);
  const objcopy = findTool('llvm-objcopy');
  const base = join(req.outDir, req.image);
  const dbg = `${base}.dbg`;
  const map = `${base}.map`;
  const abs = (p: string) => resolve(req.cwd, p);
  // The linker and objcopy write names unique to this run, renamed into place once whole
  // (another build may be linking the same image). GNU ld's map names its output file: the
  // map is rewritten with the final name.
  const tmpMap = tempPathFor(abs(map));
  let mapText: string;
  try {
    mapText = await withTempOutputs([abs(dbg), abs(base)], async ([tmpDbg, tmpBase]) => {
      await linkTo(req, tc.ldflags, tmpDbg!, tmpMap);
      await runOrFail('stripping the image', objcopy, ['--strip-all', tmpDbg!, tmpBase!], req.cwd);
      chmodSync(tmpBase!, 0o755);
      return readFileSync(tmpMap, 'utf8').replaceAll(tmpDbg!, dbg);
    });
  } finally {
    rmSync(tmpMap, { force: true });
  }
  writeFileAtomic(abs(map), mapText);
  const bytes = statSync(abs(base)).size;
  const sizeReport = `${base}.size.txt`;
  writeFileAtomic(abs(sizeReport), sizeTable(req.image, bytes, mapText));
  return { image: base, debugImage: dbg, map, sizeReport, bytes };
}

/** The final link of req's objects into dbg, with its map. */
async function linkTo(req: LinkRequest, ldflags: readonly string[], dbg: string, map: string): Promise<void> {
  const ld = toolchainFor(req.target).ld;
  const args = [
    '-nostdlib',
    '-static',
    '--gc-sections',
    '--no-undefined',
    '-z',
    'noexecstack',
    ...ldflags,
    `-Map=${map}`,
    '-o',
    dbg,
    ...(req.linkerScript ? ['-T', req.linkerScript] : []),
    ...req.objects,
  ];
  const r = await run(ld, args, req.cwd);
  if (r.code !== 0) {
    const why = await explainUndefined(req.cwd, r.stderr + r.stdout, req.objects);
    throw new UkError(`linking ${req.image} failed:\n${r.stderr}${why ? `${why}\n` : ''}`);
  }
}

/** Bytes per input object and output section kind, from an lld map. */
export function sizesFromMap(mapText: string): Map<string, { text: number; data: number; bss: number }> {
  const sizes = new Map<string, { text: number; data: number; bss: number }>();
  let out = '';
  let loaded = false;
  for (const line of mapText.split('\n')) {
    // lld: VMA LMA Size Align Out In Symbol; output sections at indent 0, inputs at 8.
    const m = /^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+\s(\s*)(.*)$/.exec(line);
    if (!m) continue;
    const indent = m[3]!.length;
    const what = m[4]!;
    if (indent === 0) {
      out = what;
      // Sections at address 0 (debug info, symbol tables) are not in memory.
      loaded = parseInt(m[1]!, 16) !== 0;
      continue;
    }
    if (indent !== 8 || !loaded) continue;
    const fileMatch = /^(.*?):\(/.exec(what);
    if (!fileMatch) continue;
    add(sizes, out, fileMatch[1]!.replace(/^.*\//, ''), parseInt(m[2]!, 16));
  }
  return sizes;
}

type Sizes = Map<string, { text: number; data: number; bss: number }>;

function add(sizes: Sizes, out: string, file: string, size: number): void {
  const e = sizes.get(file) ?? { text: 0, data: 0, bss: 0 };
  if (out.startsWith('.text')) e.text += size;
  else if (out.startsWith('.bss') || out.startsWith('.tbss')) e.bss += size;
  else e.data += size;
  sizes.set(file, e);
}

/**
 * The same from a GNU ld map (UK_TOOLCHAIN=gcc): output sections at
 * column 0 (`.text  0xADDR  0xSIZE`), input sections indented by one
 * space (` .text.f  0xADDR  0xSIZE  file.o`), a long input section name
 * alone on its line with the numbers on the next.
 */
export function sizesFromGnuMap(mapText: string): Sizes {
  const sizes: Sizes = new Map();
  let out = '';
  let loaded = false;
  let pending = false;
  for (const line of mapText.split('\n')) {
    const o = /^(\.\S+)\s+0x([0-9a-f]+)\s+0x[0-9a-f]+/.exec(line);
    if (o) {
      out = o[1]!;
      loaded = parseInt(o[2]!, 16) !== 0;
      continue;
    }
    if (/^ \.\S+\s*$/.test(line)) {
      pending = true;
      continue;
    }
    const i = /^ (\.\S+)?\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(\S+\.o)\s*$/.exec(line);
    if (i && (i[1] || pending) && loaded) add(sizes, out, i[3]!.replace(/^.*\//, ''), parseInt(i[2]!, 16));
    pending = false;
  }
  return sizes;
}

function sizeTable(image: string, bytes: number, mapText: string): string {
  // lld maps start with a "VMA LMA Size Align Out In Symbol" header line.
  const lld = /^\s+VMA\s+LMA\s+Size/m.test(mapText);
  const rows = [...(lld ? sizesFromMap(mapText) : sizesFromGnuMap(mapText))].sort(
    (a, b) => b[1].text + b[1].data - (a[1].text + a[1].data),
  );
  const lines = [
    `${image}: ${bytes} bytes`,
    '',
    'object'.padEnd(40) + 'text'.padStart(10) + 'data'.padStart(10) + 'bss'.padStart(10),
  ];
  for (const [file, s] of rows) {
    lines.push(
      file.padEnd(40) + String(s.text).padStart(10) + String(s.data).padStart(10) + String(s.bss).padStart(10),
    );
  }
  return `${lines.join('\n')}\n`;
}
