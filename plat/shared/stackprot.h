/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * stackprot.h - the stack protector's run-time half, on every platform:
 * the canary __stack_chk_guard that -fstack-protector-strong code
 * compares against (a global on x86_64 and arm64, see
 * tools/src/toolchain/flags.ts) and __stack_chk_fail, called when a
 * frame's copy no longer matches.
 *
 * The canary starts as a fixed constant so that code run before
 * plat_stack_guard_init() is checked consistently; each platform calls
 * plat_stack_guard_init() first thing in its first C function (which is
 * PLAT_NO_STACK_PROTECTOR and never returns), so no protected frame
 * lives across the change.
 */
#ifndef PLAT_SHARED_STACKPROT_H
#define PLAT_SHARED_STACKPROT_H

#include <stdint.h>

/** On a function that must not check the canary (it changes it). */
#define PLAT_NO_STACK_PROTECTOR __attribute__((no_stack_protector))

/** The canary; the compiler reads it by this name. */
extern uintptr_t __stack_chk_guard;

/**
 * Make the canary random for this boot: the CPU's random number
 * instruction where it has one (x86_64 RDRAND when CPUID.01H:ECX[30]
 * says so; arm64 RNDR when ID_AA64ISAR0_EL1.RNDR >= 1, not read on
 * linuxu where EL0 cannot read ID registers), mixed with platform_seed
 * (linuxu: the kernel's AT_RANDOM bytes; 0 elsewhere) and a fold of
 * cycle-counter readings (see stackprot.c). The lowest byte is zeroed so
 * that a string copy cannot reproduce the canary. Returns the source
 * used: "cpu", "platform" or "timer".
 */
const char *plat_stack_guard_init(uint64_t platform_seed);

/** Called by protected code on a smashed canary: crash report, crash status. */
__attribute__((noreturn)) void __stack_chk_fail(void);

#endif /* PLAT_SHARED_STACKPROT_H */
