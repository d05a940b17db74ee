/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * posixdiff: the POSIX file calls, one printed line per check, for a
 * differential test. The same source is built for the host (cc and its
 * libc) and for the unikernel (nolibc over vfs and ramfs); both run it
 * as `posixdiff DIR`, which makes DIR (relative: in the working
 * directory), works inside it and removes what it made, and the outputs
 * must agree line for line (test/e2e/posix-diff.test.ts).
 *
 * Where POSIX allows two errno values for one failure, the line names
 * both ("ENOTEMPTY|EEXIST", check.h say2) so that either choice agrees.
 */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(int argc, char *argv[])
{
	const char *dir = argc > 1 ? argv[1] : "posixdiff.d";

	if (mkdir(dir, 0700) || chdir(dir)) {
		perror(dir);
		return 2;
	}
	/* A known mask: the host's comes from its environment, ours is 0. */
	umask(022);
	/* Unbuffered: a crash midway still shows every line before it. */
	setvbuf(stdout, NULL, _IONBF, 0);
	note("posixdiff: begin");
	check_open();
	check_io();
	check_descriptors();
	check_paths();
	check_attrs();
	check_rename();
	check_dirs();
	check_links();
	check_stdio();
	chdir("..");
	say("rmdir(DIR) at the end: everything made was removed", rmdir(dir));
	note("posixdiff: end");
	return 0;
}
