/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/environ.h - the environment from the command line (nolibc).
 *
 * The convention: the leading arguments of the form env.NAME=value
 * (right after argv[0], before any other argument) are environment
 * variables, not arguments. `--args="env.HOME=/ env.LANG=C -e x"` gives
 * main argv[1] = "-e" and getenv("HOME") = "/". ukboot applies it on
 * every platform before main() runs (linuxu's host environment is not
 * imported).
 */
#ifndef _NOLIBC_UK_ENVIRON_H
#define _NOLIBC_UK_ENVIRON_H

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Move the leading env.NAME=value arguments of argv[1..argc) into the
 * environment and close the gap (argv[argc] stays NULL). Returns the new
 * argc.
 */
int uk_environ_from_args(int argc, char **argv);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_UK_ENVIRON_H */
