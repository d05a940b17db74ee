/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * fchmod() and fchown() where the file systems cannot change a file's
 * mode or owner: what would be no change succeeds, anything else fails
 * with the POSIX error for it (sys/stat.h and unistd.h say which).
 */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

int fchmod(int fd, mode_t mode)
{
	struct stat st;

	if (fstat(fd, &st) != 0)
		return -1;
	if (mode & ~(mode_t)07777) {
		errno = EINVAL;
		return -1;
	}
	if ((st.st_mode & 07777) != mode) {
		errno = EPERM;
		return -1;
	}
	return 0;
}

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
