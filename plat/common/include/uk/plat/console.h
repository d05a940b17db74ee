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

/**
 * Read up to len bytes that the console received into buf, without
 * waiting: raw bytes as the device delivers them (a terminal's Enter is
 * usually "\r"). Returns the number of bytes read, 0 when nothing is
 * waiting, or a negative value when input has ended for good (end of
 * file of linuxu's standard input) or the console has no input side.
 */
int ukplat_cink(char *buf, size_t len);

#endif /* UK_PLAT_CONSOLE_H */
