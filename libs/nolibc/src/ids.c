/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Process and user identities: a unikernel is one process (ID 1, with no
 * parent) run by one user and group (0). unistd.h documents each.
 */
#include <unistd.h>

pid_t getpid(void) { return 1; }

pid_t getppid(void) { return 0; }

uid_t getuid(void) { return 0; }

uid_t geteuid(void) { return 0; }

gid_t getgid(void) { return 0; }

gid_t getegid(void) { return 0; }
