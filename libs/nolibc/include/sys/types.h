/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sys/types.h - basic POSIX types (nolibc), with Linux's LP64 widths.
 */
#ifndef _NOLIBC_SYS_TYPES_H
#define _NOLIBC_SYS_TYPES_H

#include <stddef.h>

/** Byte count or -1: signed counterpart of size_t. */
typedef __INTPTR_TYPE__ ssize_t;
/** File offset. */
typedef __INT64_TYPE__ off_t;
/** Seconds since the epoch. */
typedef __INT64_TYPE__ time_t;
/** Process, user and group ids; file modes. */
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;

#endif /* _NOLIBC_SYS_TYPES_H */
