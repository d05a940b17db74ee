/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arch/cc.h - lwIP's compiler and platform port for ukraft: types from
 * <stdint.h>, diagnostics on the console, assertions that panic, random
 * numbers from the glue, both architectures little-endian. Private to
 * libs/lwip (upstream.include), never seen by apps.
 */
#ifndef UK_LWIP_ARCH_CC_H
#define UK_LWIP_ARCH_CC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* x86_64 and arm64 images run little-endian. */
#define BYTE_ORDER LITTLE_ENDIAN

/* No sockets: lwIP need not define errno values or struct timeval. */
#define LWIP_TIMEVAL_PRIVATE 0

/* ssize_t is nolibc's (sys/types.h, through unistd.h), not an int of lwIP's. */
#define SSIZE_MAX __INTPTR_MAX__

#define LWIP_PLATFORM_DIAG(x) \
	do {                  \
		printf x;     \
	} while (0)

/** Report a failed lwIP assertion and stop (lwip/src/port.c). */
void uk_lwip_assert_fail(const char *msg, const char *file, int line)
	__attribute__((noreturn));

#define LWIP_PLATFORM_ASSERT(x) uk_lwip_assert_fail((x), __FILE__, __LINE__)

/** 32 random bits (ports, ISNs); lwip/src/port.c. */
uint32_t uk_lwip_rand(void);

#define LWIP_RAND() ((u32_t)uk_lwip_rand())

#endif /* UK_LWIP_ARCH_CC_H */
