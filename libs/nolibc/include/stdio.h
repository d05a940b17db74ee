/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * stdio.h - buffered streams, formatted output and input (nolibc).
 *
 * A FILE is a buffered stream over a descriptor (uk/fdtab.h). stdin,
 * stdout and stderr are descriptors 0, 1 and 2, the serial console:
 * stdout is line-buffered there (fully buffered on anything that is not
 * a terminal), stderr unbuffered, and reading stdin first flushes
 * stdout. exit() and a return from main() flush every stream. Files
 * come from open() (fcntl.h), which a file-system library provides;
 * without one, fopen() fails with ENOENT. Streams are not locked: share
 * one between threads only under the cooperative scheduler, where a
 * call is not interrupted midway.
 *
 * printf formats: flags "-+ #0", width and precision (digits or '*'),
 * length modifiers hh h l ll z j t L, and the conversions d i u x X o c
 * s p n %. %p prints 0x<hex> ("(nil)" for NULL), %s of NULL prints
 * "(null)"; %n stores the count so far with any length modifier; %lc and
 * %ls print ASCII as itself and other characters as '?'; %Lf prints the
 * nearest double. A conversion that cannot be printed still consumes
 * its argument; an unknown letter is copied as is and consumes none
 * (docs/libc.md, "printf arguments").
 *
 * Floating point, where the target has FP registers (__nolibc_fp.h:
 * every x86_64 target and linuxu-arm64): f F e E g G a A of a double,
 * with the flags, width and precision above (default precision 6; %a
 * without a precision prints the shortest exact form; %g drops trailing
 * zeros unless '#'), "inf"/"nan" ("INF"/"NAN"), and "-" for negative
 * zero and negative NaNs. The digits are exact for any precision and
 * rounded to nearest, ties to even, on the exact binary value (as glibc
 * does). On kvm-arm64 and xen-arm64 these conversions are unknown ones.
 */
#ifndef _NOLIBC_STDIO_H
#define _NOLIBC_STDIO_H

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EOF (-1)

/** A stream (opaque). */
typedef struct __nolibc_file FILE;

/** A stream position (fgetpos/fsetpos): the byte offset. */
typedef off_t fpos_t;

/** Default buffer size, and setbuf()'s. */
#define BUFSIZ 1024
/** setvbuf() modes: fully, line, not buffered. */
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#ifndef SEEK_SET
/** fseek() origins (as in unistd.h). */
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
/** Longest path fopen() is promised to take, and streams open at once (no limit but memory). */
#define FILENAME_MAX 4096
#define FOPEN_MAX 64
/** tmpnam(): size of a name, the folder it is in, distinct names. */
#define L_tmpnam 32
#define P_tmpdir "/tmp"
#define TMP_MAX 10000

/** Standard input, output and error: descriptors 0, 1, 2 (the console). */
extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

/**
 * Open path with mode "r", "w", "a", each optionally with "+", and
 * "b" (ignored), "x" (O_EXCL), "e" (O_CLOEXEC). NULL with errno from
 * open() (ENOENT when the image has no file system), or EINVAL.
 */
FILE *fopen(const char *restrict path, const char *restrict mode);
/** A stream over the open descriptor fd; EINVAL if mode asks more than fd allows. */
FILE *fdopen(int fd, const char *mode);
/** Close f's file and open path on f (NULL path: change the mode only). */
FILE *freopen(const char *restrict path, const char *restrict mode,
	      FILE *restrict f);
/** Flush f, close its descriptor and free it. Returns 0, or EOF. */
int fclose(FILE *f);
/** The descriptor under f. */
int fileno(FILE *f);
/**
 * Write out f's buffered output (every stream's if f is NULL), or give
 * back unread input (seekable files). Returns 0, or EOF.
 */
int fflush(FILE *f);
/** Buffering of f: mode _IOFBF/_IOLBF/_IONBF, with buf[size] or (buf NULL) a malloc'd one. 0 or -1. */
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size);
/** setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ). */
void setbuf(FILE *restrict f, char *restrict buf);

/** Read up to nmemb items of size bytes; returns the number of whole items. */
size_t fread(void *restrict ptr, size_t size, size_t nmemb, FILE *restrict f);
/** Write nmemb items of size bytes; returns nmemb, or 0 on error. */
size_t fwrite(const void *restrict ptr, size_t size, size_t nmemb,
	      FILE *restrict f);
/** The next byte as an unsigned char, or EOF (end of file or error). */
int fgetc(FILE *f);
/** Same as fgetc. */
int getc(FILE *f);
/** fgetc(stdin). */
int getchar(void);
/** Push c back so that the next read returns it (one byte guaranteed). c, or EOF. */
int ungetc(int c, FILE *f);
/** Read a line (with its "\n") of at most size - 1 bytes into s. s, or NULL at EOF/error. */
char *fgets(char *restrict s, int size, FILE *restrict f);
/** Non-zero once a read hit end of file. */
int feof(FILE *f);
/** Non-zero once a read or write failed. */
int ferror(FILE *f);
/** Clear feof() and ferror(). */
void clearerr(FILE *f);

/** Set the position (SEEK_SET/CUR/END); clears EOF. 0, or -1 (ESPIPE on the console). */
int fseek(FILE *f, long off, int whence);
/** fseek with an off_t. */
int fseeko(FILE *f, off_t off, int whence);
/** The position, or -1. */
long ftell(FILE *f);
/** ftell as an off_t. */
off_t ftello(FILE *f);
/** fseek(f, 0, SEEK_SET) and clear the error. */
void rewind(FILE *f);
/** Store f's position in *pos. 0 or -1. */
int fgetpos(FILE *restrict f, fpos_t *restrict pos);
/** Go back to a position from fgetpos. 0 or -1. */
int fsetpos(FILE *f, const fpos_t *pos);

/** Delete a file (unlink) or an empty directory (rmdir). 0, or -1 with errno. */
int remove(const char *path);
/** Rename a file (the file system's; ENOENT without one). 0 or -1. */
int rename(const char *from, const char *to);
/** A new file, deleted when closed, opened "w+"; NULL with errno (ENOENT without a file system). */
FILE *tmpfile(void);
/** A new name in P_tmpdir each call, in s[L_tmpnam] or a static buffer. */
char *tmpnam(char *s);
/** Print "s: " (if s is not empty) and strerror(errno) to stderr. */
void perror(const char *s);

#define __nolibc_printf(f, a) __attribute__((__format__(__printf__, f, a)))

/** Print to stdout. Returns the number of characters, or -1 on error. */
int printf(const char *restrict fmt, ...) __nolibc_printf(1, 2);
/** printf with a va_list. */
int vprintf(const char *restrict fmt, va_list ap) __nolibc_printf(1, 0);
/** Print to stream f. */
int fprintf(FILE *restrict f, const char *restrict fmt, ...)
	__nolibc_printf(2, 3);
/** fprintf with a va_list. */
int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
	__nolibc_printf(2, 0);
/**
 * Format into buf, writing at most size bytes including the NUL (none
 * if size is 0). Returns the length the full output would have.
 */
int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
	__nolibc_printf(3, 4);
/** snprintf with a va_list. */
int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt,
	      va_list ap) __nolibc_printf(3, 0);
/** Format into buf with no size limit. Prefer snprintf. */
int sprintf(char *restrict buf, const char *restrict fmt, ...)
	__nolibc_printf(2, 3);
/** sprintf with a va_list. */
int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
	__nolibc_printf(2, 0);

/**
 * Formatted input, as C says: conversions d i u x X o c s [...] (with
 * ^ and ranges) p n %, f e g a E G A (and F) with FLOAT where there is
 * FP, the length modifiers hh h l ll j z t L, widths and '*'
 * (suppression). Returns the number of assignments, or EOF when input
 * ends (or fails) before the first conversion.
 */
int sscanf(const char *restrict s, const char *restrict fmt, ...)
	__attribute__((__format__(__scanf__, 2, 3)));
/** sscanf with a va_list. */
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
	__attribute__((__format__(__scanf__, 2, 0)));
/** sscanf reading from f (at most one byte of lookahead is pushed back). */
int fscanf(FILE *restrict f, const char *restrict fmt, ...)
	__attribute__((__format__(__scanf__, 2, 3)));
/** fscanf with a va_list. */
int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
	__attribute__((__format__(__scanf__, 2, 0)));
/** fscanf(stdin, ...). */
int scanf(const char *restrict fmt, ...)
	__attribute__((__format__(__scanf__, 1, 2)));
/** vfscanf(stdin, ...). */
int vscanf(const char *restrict fmt, va_list ap)
	__attribute__((__format__(__scanf__, 1, 0)));

/** Write s and a newline to stdout. Returns 1, or EOF on error. */
int puts(const char *s);
/** Write (unsigned char)c to stdout. Returns it, or EOF on error. */
int putchar(int c);
/** Write s (no newline) to f. Returns 1, or EOF on error. */
int fputs(const char *restrict s, FILE *restrict f);
/** Write (unsigned char)c to f. Returns it, or EOF on error. */
int fputc(int c, FILE *f);
/** Same as fputc. */
int putc(int c, FILE *f);

#undef __nolibc_printf

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_STDIO_H */
