import { defineLibrary } from '@ukraft/nx';

/**
 * liblua: Lua 5.4.4, fetched from Debian's lua5.4 source package by the
 * upstream mechanism (docs/upstream.md) and built over nolibc and libm as
 * ISO C (no LUA_USE_POSIX: no popen, no dlopen). Besides the core and the
 * standard libraries it builds the standalone interpreter lua.c with its
 * main() renamed uk_lua_main (include/uk/lua.h), which apps/lua calls.
 * See docs/lua.md.
 */

/** Lua's core, its auxiliary and standard libraries, and lua.c (not luac.c). */
const LUA = `
  lapi lcode lctype ldebug ldo ldump lfunc lgc llex lmem lobject lopcodes lparser lstate lstring ltable
  ltm lundump lvm lzio
  lauxlib lbaselib lcorolib ldblib liolib lmathlib loadlib loslib lstrlib ltablib lutf8lib linit
  lua
`
  .trim()
  .split(/\s+/);

export default defineLibrary({
  name: 'liblua',
  description: 'Lua 5.4.4 (upstream lua5.4): core, standard libraries and the standalone interpreter as uk_lua_main()',
  license: 'BSD-3-Clause',
  requires: ['nolibc', 'libm'],
  upstream: {
    debian: { package: 'lua5.4', version: '5.4.4-3+deb12u1' },
    // lua5.4_5.4.4.orig.tar.gz: Lua 5.4.4 as released by lua.org.
    sha256: '164c7849653b80ae67bec4b7473b884bf5cc8d2dca05653475ec2ed27b9ebf61',
    strip: 1,
    license: 'MIT',
    include: ['upstream:src'],
    cflags: [
      // lua.c's main() becomes a function the app calls (uk/lua.h).
      '-Dmain=uk_lua_main',
    ],
  },
  sources: {
    common: LUA.map((f) => `upstream:src/${f}.c`),
  },
  include: ['include'],
  exports: ['uk_lua_main'],
});
