/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/console.h - the kernel console (serial port, stdout, ...).
 */
#ifndef UK_PLAT_CONSOLE_H
#define UK_PLAT_CONSOLE_H

#include <stddef.h>

/**
 * Write len bytes of buf to the console, translating "\n" to "\r\n"
 * where the device needs it. Returns the number of bytes consumed
 * (len) or a negative value if the console is unusable.
 */
int ukplat_coutk(const char *buf, size_t len);

#endif /* UK_PLAT_CONSOLE_H */
