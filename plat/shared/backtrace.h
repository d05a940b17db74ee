/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * backtrace.h - frame-pointer backtraces for crash dumps, on every
 * platform (the code is built with -fno-omit-frame-pointer). x86_64 and
 * arm64 lay frame records out alike: [fp] = the caller's fp, [fp + 8] =
 * the return address (%rbp / x29); boot code and new threads start the
 * chain with a zero frame pointer.
 */
#ifndef PLAT_SHARED_BACKTRACE_H
#define PLAT_SHARED_BACKTRACE_H

#include <stdint.h>
#include "kprint.h"

/**
 * Print "Backtrace:", then pc (if non-zero) as frame #0 and the return
 * addresses found by walking the frame chain from fp, one "  #n  0x..."
 * line each. At most 32 frames; ends at a zero frame pointer or return
 * address and after a frame whose caller's frame is not above it (a
 * chain moves up the stack), and says so when it stops at a misaligned
 * or unreadable frame pointer (plat_mem_readable(), memcheck.h). Then,
 * when the image has uktrace on, its last events (uk_trace_crash_dump()).
 */
void plat_backtrace(uint64_t fp, uint64_t pc);

#endif /* PLAT_SHARED_BACKTRACE_H */
