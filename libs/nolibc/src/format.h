/* SPDX-License-Identifier: BSD-3-Clause */
/* Private: the printf engine shared by the snprintf and FILE front ends. */
#ifndef NOLIBC_FORMAT_H
#define NOLIBC_FORMAT_H

#include <stdarg.h>
#include <stddef.h>

/** Where formatted text goes; write() receives it piece by piece. */
struct fmt_sink {
	void (*write)(struct fmt_sink *sink, const char *buf, size_t len);
};

/**
 * Format fmt with ap into sink (see stdio.h for the supported formats).
 * Returns the number of characters produced, or -1 if that exceeds
 * INT_MAX.
 */
int nolibc_vformat(struct fmt_sink *sink, const char *fmt, va_list ap);

#endif /* NOLIBC_FORMAT_H */
