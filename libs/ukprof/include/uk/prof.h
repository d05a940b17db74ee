/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/prof.h - the sampling profiler. It starts at boot (a UK_BOOT_INIT
 * function) and prints its samples at exit, or as soon as its buffer is
 * full (then it stops sampling). The dump, one line per run of identical
 * consecutive samples, is what the plugin parses (tools/src/debug/prof.ts):
 *
 *   ukprof: begin hz=<hz> depth=<depth> samples=<n> lost=<m>
 *   ukprof: <count> <pc> <return address> ...     (lowercase hex, no 0x)
 *   ukprof: end
 *
 * lost counts ticks that found the buffer full or the dump running.
 */
#ifndef UK_PROF_H
#define UK_PROF_H

/** Stop sampling and print the samples (once; later calls do nothing). */
void uk_prof_dump(void);

#endif /* UK_PROF_H */
