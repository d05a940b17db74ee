/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * kprint.h - the platforms' own console messages (warnings, crash dumps,
 * the status line) on top of ukplat_coutk(): strings and numbers, no
 * formatting engine, no allocation, usable from a trap or signal
 * handler. Compiled into every platform (kvm, xen, linuxu).
 *
 * The definitions are PLAT_COLD: rarely run, mostly on the way to a
 * crash report, so compilers optimize them for size (not inlined into
 * each other either: that made plat_putreg ten times larger).
 */
#ifndef PLAT_SHARED_KPRINT_H
#define PLAT_SHARED_KPRINT_H

#include <stdbool.h>
#include <stdint.h>

/** On a definition: rarely run; optimize for size, do not inline. */
#define PLAT_COLD __attribute__((cold, noinline))

/** Print a NUL-terminated string. */
void plat_puts(const char *s);

/** Print v as "0x" followed by exactly `digits` hex digits (1..16). */
void plat_puthex(uint64_t v, unsigned int digits);

/** Print v in decimal, with a '-' when negative. */
void plat_putdec(int64_t v);

/** Print name, then v as 16 hex digits (register dumps). */
void plat_putreg(const char *name, uint64_t v);

/**
 * Print the status line that ends every run, on a line of its own
 * (a '\n' first unless at_line_start): "ukraft: main returned <status>"
 * or, after a crash report, "ukraft: crashed, status <status>". Tools
 * take main's status only from this line (docs/run.md).
 */
void plat_putstatus(int status, bool crashed, bool at_line_start);

#endif /* PLAT_SHARED_KPRINT_H */
