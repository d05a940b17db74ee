/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * check.h - how posixdiff prints what it observed: one line per check,
 * "<what> = <result>", where a failing call's result is "-1 <ENAME>".
 * Nothing printed depends on the machine (no addresses, times, inode or
 * descriptor numbers), so the host's output and the unikernel's can be
 * compared line for line.
 */
#ifndef POSIXDIFF_CHECK_H
#define POSIXDIFF_CHECK_H

/** The name of errno value e ("EEXIST"), or "E<number>". */
const char *ename(int e);

/** A printf-formatted line of its own. */
void note(const char *fmt, ...) __attribute__((__format__(__printf__, 1, 2)));

/** "<what> = <r>", or "<what> = -1 <ENAME>" when r is -1 (errno read now). */
void say(const char *what, long r);

/** A mode (permission bits) in octal: "= 0640", or "-1 ENAME" when m is -1. */
void saymode(const char *what, long m);

/** A call returning a descriptor: "= fd" (the number hidden), or "-1 ENAME". */
void sayfd(const char *what, int fd);

/**
 * Where POSIX allows either of two errno values (rmdir of a non-empty
 * directory: ENOTEMPTY or EEXIST), print both names joined by '|' when
 * errno is one of them, so that the two outputs agree whichever a system
 * chose; otherwise as say().
 */
void say2(const char *what, long r, int e1, int e2);

/**
 * A stdio result that is a byte or EOF: "= 65", or "= EOF (errno X)", X
 * being what the call left in errno (SAYC clears it first), so an end of
 * file (errno 0) and an error (EBADF) tell apart.
 */
void sayc(const char *what, int c);
#define SAYC(what, expr)              \
	do {                          \
		errno = 0;            \
		sayc((what), (expr)); \
	} while (0)

/** A pointer result (fopen, opendir): "= ok", or "= NULL <ENAME>". */
void sayp(const char *what, const void *p);

/** The checks, by area (fd.c, path.c, attrs.c, dir.c, links.c, stream.c). */
void check_open(void);
void check_io(void);
void check_descriptors(void);
void check_paths(void);
void check_attrs(void);
void check_rename(void);
void check_dirs(void);
void check_links(void);
void check_stdio(void);

/** Create file path holding text (0600); 0 or -1. */
int put_file(const char *path, const char *text);
/** What file path holds (at most 128 bytes; "\\n" for newlines, '0' for NULs), or "<ENAME>". */
const char *get_file(const char *path);

#endif /* POSIXDIFF_CHECK_H */
