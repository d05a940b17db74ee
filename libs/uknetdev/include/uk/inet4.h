/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/inet4.h - IPv4 addresses written as text (dotted quads), for drivers,
 * stacks and apps that take an address on the command line.
 */
#ifndef UK_INET4_H
#define UK_INET4_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Parse "A.B.C.D": exactly four decimal numbers 0-255 of one to three
 * digits, separated by single dots, and nothing after (the strict form of
 * POSIX inet_pton(AF_INET, ...): no octal, hex or shortened forms).
 * Writes the four bytes in network order to ip and returns 0; returns -1
 * and leaves ip unspecified otherwise.
 */
int uk_inet4_parse(const char *s, uint8_t ip[4]);

#ifdef __cplusplus
}
#endif

#endif /* UK_INET4_H */
