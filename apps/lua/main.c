/* SPDX-License-Identifier: BSD-3-Clause */
/* The Lua interpreter as the image: main's arguments are lua's (uk/lua.h). */
#include <uk/lua.h>

int main(int argc, char *argv[]) { return uk_lua_main(argc, argv); }
