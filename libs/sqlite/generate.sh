#!/usr/bin/env bash
# Run by the upstream mechanism (upstream.generate) in the unpacked tree of
# Debian's sqlite3 orig archive, which is SQLite's source tree, not the
# amalgamation: configure it for the host and let SQLite's own makefile
# build the generated files (lemon's parse.c, opcodes, keywordhash.h,
# sqlite3.h) and then the amalgamation sqlite3.c. Needs a host C compiler
# (clang) and tclsh (Debian package tcl). Only sqlite3.c and sqlite3.h are
# compiled into images.
set -euo pipefail
for p in clang tclsh make; do
  command -v "$p" >/dev/null || { echo "generate.sh: '$p' is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done
CC=clang ./configure --disable-tcl --disable-readline --disable-threads --disable-load-extension >configure.log 2>&1 ||
  { tail -20 configure.log >&2; exit 1; }
make sqlite3.c >make.log 2>&1 || { tail -20 make.log >&2; exit 1; }
test -s sqlite3.c && test -s sqlite3.h
