/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * fchown() where the file systems cannot change a file's owner: what
 * would be no change succeeds, anything else fails with the POSIX error
 * for it (unistd.h says which). fchmod() is the vfs's (it changes modes).
 */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

int fchown(int fd, uid_t owner, gid_t group)
{
	struct stat st;

	if (fstat(fd, &st) != 0)
		return -1;
	if ((owner != 0 && owner != (uid_t)-1) ||
	    (group != 0 && group != (gid_t)-1)) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}
