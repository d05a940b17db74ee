import { describe, expect, it } from 'vitest';
import { checkExports, libraryOfObject, parseNm, undefinedSymbols } from './symbols';

const lib = { name: 'ukargparse', manifest: 'libs/ukargparse/uk.lib.ts' };

describe('symbols', () => {
  it('reads global and local definitions from llvm-nm', () => {
    const m = parseNm('0000000000000000 T uk_argparse\n0000000000000010 t helper\n                 U memcpy\n');
    expect([...m]).toEqual([
      ['uk_argparse', 'global'],
      ['helper', 'local'],
    ]);
  });

  it('refuses an export that nothing defines or mentions, naming library, symbol and target', () => {
    const defined = parseNm('0 T uk_argparse\n');
    expect(() => checkExports(lib, 'kvm-x86_64', ['uk_argparse', 'uk_argparse_v2'], defined, () => false)).toThrow(
      "libs/ukargparse/uk.lib.ts: 'exports' of library 'ukargparse' names 'uk_argparse_v2', which no source of 'ukargparse' defines (checked for kvm-x86_64)",
    );
    // Mentioned in a source (another variant may define it): accepted.
    expect(() => checkExports(lib, 'kvm-x86_64', ['uk_argparse_v2'], defined, () => true)).not.toThrow();
  });

  it('refuses a static function as an export even when a source mentions it', () => {
    expect(() => checkExports(lib, 'kvm-arm64', ['helper'], parseNm('0 t helper\n'), () => true)).toThrow(
      "'helper' (defined, but static)",
    );
  });

  it('finds undefined symbols in lld and GNU ld errors, and the library of an object', () => {
    expect(undefinedSymbols('ld.lld: error: undefined symbol: uk_argparse\n>>> referenced by')).toEqual([
      'uk_argparse',
    ]);
    expect(undefinedSymbols("main.c:(.text+0x5): undefined reference to `nothere'")).toEqual(['nothere']);
    expect(libraryOfObject('dist/libs/ukargparse/kvm-x86_64-f87ef60a03/libukargparse.o')).toEqual(lib);
  });
});
