/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/lua.h - the Lua 5.4 standalone interpreter as a function (liblua).
 *
 * liblua compiles upstream's lua.c with its main() renamed: an app's
 * main() hands its arguments over and returns what the interpreter
 * returns (EXIT_SUCCESS, or EXIT_FAILURE after an error). The
 * arguments are lua's own: `-e stat`, `-l mod`, `-i`, `-v`, `-E`, `-W`,
 * `--`, a script name and its arguments, or `-` to read the script from
 * stdin (the console); without a script it runs the REPL on the console.
 * os.exit(n) ends the image with status n through exit().
 */
#ifndef UK_LUA_H
#define UK_LUA_H

/** Run the interpreter with argv[0..argc) (argv[argc] NULL). */
int uk_lua_main(int argc, char **argv);

#endif /* UK_LUA_H */
