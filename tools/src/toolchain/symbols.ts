/**
 * Symbols of objects, read with llvm-nm: a library's `exports` checked
 * against what its objects define, and an undefined symbol at link
 * explained (which library defines it without exporting it, or that none
 * does).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UkError } from '../util/errors';
import { findTool, runOrFail } from './tools';

/** Defined symbols of an object: name → global (exported) or local. */
export async function definedSymbols(cwd: string, object: string): Promise<Map<string, 'global' | 'local'>> {
  const r = await runOrFail(`reading the symbols of ${object}`, findTool('llvm-nm'), ['--defined-only', object], cwd);
  return parseNm(r.stdout);
}

/** `llvm-nm --defined-only` lines (`addr type name`): an upper-case type is global. */
export function parseNm(text: string): Map<string, 'global' | 'local'> {
  const out = new Map<string, 'global' | 'local'>();
  for (const line of text.split('\n')) {
    const m = /^\s*[0-9a-fA-F]*\s+([A-Za-z])\s+(\S+)$/.exec(line);
    // U, w and v are undefined (plain and weak): not definitions.
    if (!m || 'Uwv'.includes(m[1]!)) continue;
    const scope = m[1] === m[1]!.toUpperCase() ? 'global' : 'local';
    if (out.get(m[2]!) !== 'global') out.set(m[2]!, scope);
  }
  return out;
}

/**
 * A UkError when `exports` names symbols that no object of the library
 * defines globally for this target and that no source of the library
 * mentions at all. A name some source mentions may be defined only for
 * another variant (an arch's sources, a `when` option, an `#if`), so it
 * passes; `mentioned` tells (textually, over every source of the library).
 */
export function checkExports(
  lib: { name: string; manifest: string },
  target: string,
  exports: readonly string[],
  defined: ReadonlyMap<string, 'global' | 'local'>,
  mentioned: (symbol: string) => boolean,
): void {
  const missing = exports.filter((s) => defined.get(s) !== 'global' && (defined.has(s) || !mentioned(s)));
  if (missing.length === 0) return;
  const what = missing.map((s) => `'${s}'${defined.get(s) === 'local' ? ' (defined, but static)' : ''}`).join(', ');
  throw new UkError(
    `${lib.manifest}: 'exports' of library '${lib.name}' names ${what}, which no source of '${lib.name}' defines (checked for ${target}); define ${missing.length > 1 ? 'them' : 'it'} or remove ${missing.length > 1 ? 'them' : 'it'} from 'exports'`,
  );
}

/** Undefined symbols named in a linker's errors (lld and GNU ld). */
export function undefinedSymbols(stderr: string): string[] {
  const names = [
    ...stderr.matchAll(/undefined symbol: (\S+)/g),
    ...stderr.matchAll(/undefined reference to [`'"]([^`'"]+)['"]/g),
  ].map((m) => m[1]!);
  return [...new Set(names)];
}

/** A library's root from its compile output folder `dist/<root>/<target>-<h>`. */
export function libRoot(outDir: string): string {
  return dirname(outDir).replace(/^dist[\\/]/, '');
}

/** The library of a compile output `dist/<root>/<target>-<h>/lib<name>.o`: its name and manifest. */
export function libraryOfObject(object: string): { name: string; manifest: string } | undefined {
  const m = /^lib(.+)\.o$/.exec(basename(object));
  return m ? { name: m[1]!, manifest: join(libRoot(dirname(object)), 'uk.lib.ts') } : undefined;
}

/** One line per undefined symbol: which library defines it but does not export it, or that none does. */
export async function explainUndefined(cwd: string, stderr: string, objects: readonly string[]): Promise<string> {
  const wanted = undefinedSymbols(stderr);
  if (wanted.length === 0) return '';
  const libs = objects.flatMap((o) => {
    const lib = libraryOfObject(o);
    return lib ? [{ object: o, ...lib }] : [];
  });
  const tables = await Promise.all(libs.map((l) => definedSymbols(cwd, l.object).catch(() => new Map())));
  return wanted
    .map((sym) => {
      const i = tables.findIndex((t) => t.has(sym));
      if (i < 0)
        return `'${sym}': no library in this image defines it (a missing library in the app's 'libraries' or 'requires'?)`;
      const l = libs[i]!;
      return `'${sym}': library '${l.name}' defines it but does not export it; add it to 'exports' in ${l.manifest} if it is public API`;
    })
    .join('\n');
}

/** A `mentioned` for checkExports: whether any of these files contains the name as a word. */
export function mentionedIn(cwd: string, files: readonly string[]): (symbol: string) => boolean {
  let text: string | undefined;
  return (symbol) => {
    text ??= files.map((f) => readIfThere(resolve(cwd, f))).join('\n');
    return new RegExp(`\\b${symbol}\\b`).test(text);
  };
}

function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
