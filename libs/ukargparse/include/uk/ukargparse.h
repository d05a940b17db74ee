/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/ukargparse.h - split a command line into arguments, in place.
 *
 * Rules (a subset of the POSIX shell's):
 *  - arguments are separated by runs of blanks (space, \t, \n, \v, \f, \r);
 *  - '...' keeps everything up to the next ' literally;
 *  - "..." keeps everything up to the next ", except that \" and \\
 *    stand for " and \ (other backslashes are kept);
 *  - outside quotes, \c stands for the character c (a blank included);
 *  - quoted and unquoted pieces next to each other form one argument,
 *    and "" or '' alone is an empty argument;
 *  - an unterminated quote runs to the end of the line.
 */
#ifndef UK_UKARGPARSE_H
#define UK_UKARGPARSE_H

/**
 * Split cmdline in place (it is rewritten and NUL-separated) and store
 * pointers to at most maxargs arguments into argv. Text after the
 * maxargs-th argument is ignored. argv[argc] is not written: callers
 * wanting a NULL-terminated vector reserve one more slot. A NULL
 * cmdline or maxargs <= 0 gives 0. A NULL argv stores nothing: with a
 * large maxargs that counts the arguments of a line. Returns argc.
 */
int uk_argparse(char *cmdline, char *argv[], int maxargs);

#endif /* UK_UKARGPARSE_H */
