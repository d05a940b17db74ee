/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/shutdown.h - ending the unikernel with a status.
 */
#ifndef UK_PLAT_SHUTDOWN_H
#define UK_PLAT_SHUTDOWN_H

/**
 * Status reserved for crashes (exceptions, panics). On kvm-x86_64 it
 * reaches QEMU's isa-debug-exit as (127 << 1) | 1 = 255; on linuxu it is
 * the process exit status.
 */
#define UKPLAT_STATUS_CRASH 127

/**
 * Stop the unikernel and report status (main's return value, low 8 bits)
 * to whoever started it: kvm-x86_64 writes it to I/O port 0xf4
 * (isa-debug-exit), then powers off through ACPI, then halts; linuxu
 * calls exit_group(status). Never returns.
 */
__attribute__((noreturn)) void ukplat_terminate(int status);

/**
 * Print the reason, the CPU state the platform can reach and a
 * backtrace of the caller, then ukplat_terminate(UKPLAT_STATUS_CRASH).
 * Used by panic(); reason is a NUL-terminated message.
 */
__attribute__((noreturn)) void ukplat_crash(const char *reason);

#endif /* UK_PLAT_SHUTDOWN_H */
