/* SPDX-License-Identifier: BSD-3-Clause */
/* The descriptor table (uk/fdtab.h) and the POSIX calls over it, with a
 * small in-memory file as the owner and the console as 0, 1 and 2. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/fdtab.h>
#include <uk/test.h>

#include "memfile.h"

UK_TESTSUITE(fd);

UK_TEST(fd, console_descriptors)
{
	struct stat st;

	UK_TEST_EXPECT_EQ(write(STDOUT_FILENO, "fd: console ok\n", 15), 15);
	UK_TEST_EXPECT_EQ(isatty(STDERR_FILENO), 1);
	UK_TEST_EXPECT_EQ(fstat(STDOUT_FILENO, &st), 0);
	UK_TEST_EXPECT(S_ISCHR(st.st_mode));
	errno = 0;
	UK_TEST_EXPECT_EQ(lseek(STDOUT_FILENO, 0, SEEK_SET), -1);
	UK_TEST_EXPECT_EQ(errno, ESPIPE);
	errno = 0;
	UK_TEST_EXPECT_EQ(write(STDIN_FILENO, "x", 1), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
}

UK_TEST(fd, lowest_free_and_bad_descriptors)
{
	struct memfile m = { .size = 0 };
	char c;
	int a = uk_fd_open(&mf_ops, &m, O_RDWR);
	int b = uk_fd_open(&mf_ops, &m, O_RDWR);

	UK_TEST_EXPECT_EQ(a, 3);
	UK_TEST_EXPECT_EQ(b, 4);
	UK_TEST_EXPECT_EQ(close(a), 0);
	UK_TEST_EXPECT_EQ(uk_fd_open(&mf_ops, &m, O_RDWR), 3);
	UK_TEST_EXPECT_EQ(close(3), 0);
	UK_TEST_EXPECT_EQ(close(b), 0);
	UK_TEST_EXPECT_EQ(m.released, 3);
	errno = 0;
	UK_TEST_EXPECT_EQ(close(b), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
	errno = 0;
	UK_TEST_EXPECT_EQ(read(-1, &c, 1), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
	errno = 0;
	UK_TEST_EXPECT_EQ(read(UK_FD_MAX, &c, 1), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
}

UK_TEST(fd, offsets_shared_by_dup_not_by_pread)
{
	struct memfile m = { .size = 0 };
	char buf[16] = { 0 };
	int fd = uk_fd_open(&mf_ops, &m, O_RDWR), fd2;

	UK_TEST_EXPECT_EQ(write(fd, "hello world", 11), 11);
	UK_TEST_EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 11);
	fd2 = dup(fd);
	UK_TEST_EXPECT(fd2 > fd);
	UK_TEST_EXPECT_EQ(lseek(fd2, 6, SEEK_SET), 6);
	UK_TEST_EXPECT_EQ(read(fd, buf, sizeof(buf)), 5);
	UK_TEST_EXPECT(!memcmp(buf, "world", 5));
	UK_TEST_EXPECT_EQ(pread(fd, buf, 5, 0), 5);
	UK_TEST_EXPECT(!memcmp(buf, "hello", 5));
	UK_TEST_EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 11);
	UK_TEST_EXPECT_EQ(lseek(fd, -3, SEEK_END), 8);
	errno = 0;
	UK_TEST_EXPECT_EQ(lseek(fd, -20, SEEK_CUR), -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	errno = 0;
	UK_TEST_EXPECT_EQ(lseek(fd, 0, 7), -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	UK_TEST_EXPECT_EQ(close(fd), 0);
	UK_TEST_EXPECT_EQ(m.released, 0);
	UK_TEST_EXPECT_EQ(close(fd2), 0);
	UK_TEST_EXPECT_EQ(m.released, 1);
}

UK_TEST(fd, access_modes_append_and_errors_from_ops)
{
	struct memfile m = { .size = 0 };
	char c;
	int ro = uk_fd_open(&mf_ops, &m, O_RDONLY);
	int ap = uk_fd_open(&mf_ops, &m, O_WRONLY | O_APPEND);
	char big[80] = { 0 };

	errno = 0;
	UK_TEST_EXPECT_EQ(write(ro, "x", 1), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
	errno = 0;
	UK_TEST_EXPECT_EQ(read(ap, &c, 1), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
	UK_TEST_EXPECT_EQ(write(ap, "ab", 2), 2);
	UK_TEST_EXPECT_EQ(lseek(ap, 0, SEEK_SET), 0);
	UK_TEST_EXPECT_EQ(write(ap, "cd", 2), 2);
	UK_TEST_EXPECT_EQ(m.size, 4);
	UK_TEST_EXPECT(!memcmp(m.data, "abcd", 4));
	errno = 0;
	UK_TEST_EXPECT_EQ(write(ap, big, sizeof(big)), -1);
	UK_TEST_EXPECT_EQ(errno, ENOSPC);
	UK_TEST_EXPECT_EQ(fcntl(ap, F_GETFL) & O_ACCMODE, O_WRONLY);
	UK_TEST_EXPECT_EQ(fcntl(ap, F_SETFL, O_NONBLOCK), 0);
	UK_TEST_EXPECT_EQ(fcntl(ap, F_GETFL) & (O_APPEND | O_NONBLOCK),
			  O_NONBLOCK);
	errno = 0;
	UK_TEST_EXPECT_EQ(ftruncate(ap, 0), -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	close(ro);
	close(ap);
}

UK_TEST(fd, dup2_and_fcntl_dupfd)
{
	struct memfile m = { .size = 0 };
	int fd = uk_fd_open(&mf_ops, &m, O_RDWR);

	UK_TEST_EXPECT_EQ(dup2(fd, 20), 20);
	UK_TEST_EXPECT_EQ(dup2(fd, fd), fd);
	UK_TEST_EXPECT_EQ(fcntl(fd, F_DUPFD, 30), 30);
	UK_TEST_EXPECT_EQ(fcntl(30, F_GETFD), 0);
	UK_TEST_EXPECT_EQ(fcntl(fd, F_DUPFD_CLOEXEC, 30), 31);
	UK_TEST_EXPECT_EQ(fcntl(31, F_GETFD), FD_CLOEXEC);
	errno = 0;
	UK_TEST_EXPECT_EQ(dup2(fd, UK_FD_MAX), -1);
	UK_TEST_EXPECT_EQ(errno, EBADF);
	close(fd);
	close(20);
	close(30);
	UK_TEST_EXPECT_EQ(m.released, 0);
	close(31);
	UK_TEST_EXPECT_EQ(m.released, 1);
}

UK_TEST(fd, table_full_is_emfile)
{
	struct memfile m = { .size = 0 };
	int fds[UK_FD_MAX], n = 0, i;

	for (;;) {
		int fd = uk_fd_open(&mf_ops, &m, O_RDONLY);

		if (fd < 0)
			break;
		fds[n++] = fd;
	}
	UK_TEST_EXPECT_EQ(errno, EMFILE);
	UK_TEST_EXPECT_EQ(n, UK_FD_MAX - 3);
	for (i = 0; i < n; i++)
		close(fds[i]);
	UK_TEST_EXPECT_EQ(m.released, n);
}
