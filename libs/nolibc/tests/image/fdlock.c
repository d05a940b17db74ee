/* SPDX-License-Identifier: BSD-3-Clause */
/* fcntl() record locks in one process, fchown() where nothing can change,
 * and the process and user identities. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/fdtab.h>
#include <uk/test.h>

#include "memfile.h"

UK_TESTSUITE(fdlock);

static struct flock lk(short type, short whence, off_t start, off_t len)
{
	struct flock f = { .l_type = type,
			   .l_whence = whence,
			   .l_start = start,
			   .l_len = len,
			   .l_pid = -1 };

	return f;
}

UK_TEST(fdlock, own_locks_never_conflict)
{
	struct memfile m = { .size = 0 };
	int fd = uk_fd_open(&mf_ops, &m, O_RDWR);
	struct flock f = lk(F_WRLCK, SEEK_SET, 0, 0);

	UK_TEST_EXPECT_EQ(fcntl(fd, F_SETLK, &f), 0);
	f = lk(F_RDLCK, SEEK_SET, 10, 5);
	UK_TEST_EXPECT_EQ(fcntl(fd, F_SETLKW, &f), 0);
	/* Nothing of another process could block a write lock. */
	f = lk(F_WRLCK, SEEK_CUR, 0, 100);
	UK_TEST_EXPECT_EQ(fcntl(fd, F_GETLK, &f), 0);
	UK_TEST_EXPECT_EQ(f.l_type, F_UNLCK);
	UK_TEST_EXPECT_EQ(f.l_start, 0);
	UK_TEST_EXPECT_EQ(f.l_len, 100);
	f = lk(F_UNLCK, SEEK_END, 0, 0);
	UK_TEST_EXPECT_EQ(fcntl(fd, F_SETLK, &f), 0);
	close(fd);
}

UK_TEST(fdlock, bad_requests)
{
	struct memfile m = { .size = 0 };
	int ro = uk_fd_open(&mf_ops, &m, O_RDONLY);
	int wo = uk_fd_open(&mf_ops, &m, O_WRONLY);
	struct flock f = lk(F_WRLCK, SEEK_SET, 0, 0);

	errno = 0;
	UK_TEST_EXPECT_EQ(fcntl(ro, F_SETLK, &f), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
	f = lk(F_RDLCK, SEEK_SET, 0, 0);
	errno = 0;
	UK_TEST_EXPECT_EQ(fcntl(wo, F_SETLKW, &f), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
	UK_TEST_EXPECT_EQ(fcntl(ro, F_SETLK, &f), 0);
	f = lk(7, SEEK_SET, 0, 0);
	errno = 0;
	UK_TEST_EXPECT_EQ(fcntl(ro, F_GETLK, &f), -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	f = lk(F_RDLCK, 9, 0, 0);
	errno = 0;
	UK_TEST_EXPECT_EQ(fcntl(ro, F_SETLK, &f), -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	errno = 0;
	UK_TEST_EXPECT_EQ(fcntl(40, F_SETLK, &f), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
	close(ro);
	close(wo);
}

UK_TEST(fdlock, fchown_changes_nothing)
{
	struct memfile m = { .size = 0 };
	int fd = uk_fd_open(&mf_ops, &m, O_RDWR);

	UK_TEST_EXPECT_EQ(fchown(fd, 0, 0), 0);
	UK_TEST_EXPECT_EQ(fchown(fd, (uid_t)-1, (gid_t)-1), 0);
	errno = 0;
	UK_TEST_EXPECT_EQ(fchown(fd, 1000, 0), -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	errno = 0;
	UK_TEST_EXPECT_EQ(fchown(40, 0, 0), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
	close(fd);
}

UK_TEST(fdlock, one_process_one_user)
{
	UK_TEST_EXPECT_EQ(getpid(), 1);
	UK_TEST_EXPECT_EQ(getppid(), 0);
	UK_TEST_EXPECT_EQ(getuid(), 0);
	UK_TEST_EXPECT_EQ(geteuid(), 0);
	UK_TEST_EXPECT_EQ(getgid(), 0);
	UK_TEST_EXPECT_EQ(getegid(), 0);
}
