/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * crash.h - the end of every crash report in shared crash code (the
 * arm64 trap decoder and ukplat_crash()), which each platform
 * implements with its own shutdown.
 */
#ifndef PLAT_SHARED_CRASH_H
#define PLAT_SHARED_CRASH_H

/**
 * Platform hook: end the image after a crash report was printed: the
 * crash status line, then the platform's way of stopping with
 * UKPLAT_STATUS_CRASH. Never returns; safe to call again from a nested
 * fault.
 */
__attribute__((noreturn)) void plat_terminate_crash(void);

#endif /* PLAT_SHARED_CRASH_H */
