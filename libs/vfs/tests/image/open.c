/* SPDX-License-Identifier: BSD-3-Clause */
/* open() and its flags, and each errno it gives. */
#include <uk/vfs_test.h>

UK_TESTSUITE(vfs_open);

/* Every test starts from this (compilers may order the tests differently). */
static void fixture(void)
{
	vt_dir("/t_open");
	vt_put("/t_open/a", "hello");
}

UK_TEST(vfs_open, creat_then_reopen)
{
	char buf[16];
	int fd;

	fixture();

	unlink("/t_open/made");
	fd = open("/t_open/made", O_RDWR | O_CREAT, 0644);
	UK_TEST_ASSERT(fd >= 3);
	UK_TEST_EXPECT_EQ(write(fd, "hello", 5), 5);
	UK_TEST_EXPECT_EQ(close(fd), 0);
	UK_TEST_EXPECT_EQ(vt_get("/t_open/made", buf, sizeof(buf)), 5);
	UK_TEST_EXPECT_STREQ(buf, "hello");
}

UK_TEST(vfs_open, lowest_free_fd)
{
	int a, b, c;

	fixture();
	a = open("/t_open/a", O_RDONLY);
	b = open("/t_open/a", O_RDONLY);

	UK_TEST_EXPECT_EQ(b, a + 1);
	close(a);
	c = open("/t_open/a", O_RDONLY);
	UK_TEST_EXPECT_EQ(c, a);
	close(b);
	close(c);
}

UK_TEST(vfs_open, enoent)
{
	fixture();
	EXPECT_ERR(open("/t_open/missing", O_RDONLY), ENOENT);
	EXPECT_ERR(open("/t_open/nodir/x", O_RDWR | O_CREAT, 0644), ENOENT);
	EXPECT_ERR(open("", O_RDONLY), ENOENT);
}

UK_TEST(vfs_open, excl_eexist)
{
	int fd;

	fixture();
	unlink("/t_open/x");
	fd = open("/t_open/x", O_WRONLY | O_CREAT | O_EXCL, 0600);

	UK_TEST_EXPECT_GE(fd, 0);
	close(fd);
	EXPECT_ERR(open("/t_open/x", O_WRONLY | O_CREAT | O_EXCL, 0600),
		   EEXIST);
	EXPECT_ERR(open("/t_open", O_RDONLY | O_CREAT | O_EXCL, 0600), EEXIST);
}

UK_TEST(vfs_open, trunc_empties)
{
	struct stat st;
	int fd;

	fixture();

	UK_TEST_ASSERT(vt_put("/t_open/t", "0123456789") == 0);
	fd = open("/t_open/t", O_WRONLY | O_TRUNC);
	UK_TEST_EXPECT_EQ(fstat(fd, &st), 0);
	UK_TEST_EXPECT_EQ(st.st_size, 0);
	close(fd);
}

UK_TEST(vfs_open, append_writes_at_end)
{
	char buf[32];
	int fd;

	fixture();

	UK_TEST_ASSERT(vt_put("/t_open/ap", "abc") == 0);
	fd = open("/t_open/ap", O_WRONLY | O_APPEND);
	UK_TEST_EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0);
	UK_TEST_EXPECT_EQ(write(fd, "def", 3), 3);
	UK_TEST_EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 6);
	close(fd);
	vt_get("/t_open/ap", buf, sizeof(buf));
	UK_TEST_EXPECT_STREQ(buf, "abcdef");
}

UK_TEST(vfs_open, directory_flags)
{
	char c;
	int fd;

	fixture();
	fd = open("/t_open", O_RDONLY | O_DIRECTORY);

	UK_TEST_EXPECT_GE(fd, 0);
	EXPECT_ERR(read(fd, &c, 1), EISDIR);
	close(fd);
	EXPECT_ERR(open("/t_open/a", O_RDONLY | O_DIRECTORY), ENOTDIR);
	EXPECT_ERR(open("/t_open", O_WRONLY), EISDIR);
	EXPECT_ERR(open("/t_open", O_RDWR), EISDIR);
	EXPECT_ERR(open("/t_open/a/", O_RDONLY), ENOTDIR);
	EXPECT_ERR(open("/t_open/a/b", O_RDONLY), ENOTDIR);
	EXPECT_ERR(open("/t_open/new/", O_RDWR | O_CREAT, 0644), EISDIR);
	/* POSIX.1-2017: O_CREAT without O_DIRECTORY on a directory. */
	EXPECT_ERR(open("/t_open", O_RDONLY | O_CREAT, 0644), EISDIR);
}

UK_TEST(vfs_open, accmode_checked)
{
	char c;
	int fd;

	fixture();
	fd = open("/t_open/a", O_RDONLY);

	EXPECT_ERR(write(fd, "x", 1), EBADF);
	close(fd);
	fd = open("/t_open/a", O_WRONLY);
	EXPECT_ERR(read(fd, &c, 1), EBADF);
	close(fd);
	EXPECT_ERR(open("/t_open/a", O_ACCMODE), EINVAL);
}

UK_TEST(vfs_open, enametoolong)
{
	static char name[300], path[1100];

	fixture();

	memset(name, 'n', sizeof(name) - 1);
	EXPECT_ERR(open(name, O_RDONLY), ENAMETOOLONG);
	memset(path, 'p', sizeof(path) - 1);
	EXPECT_ERR(open(path, O_RDONLY), ENAMETOOLONG);
}

UK_TEST(vfs_open, emfile)
{
	int fds[UK_FD_MAX], n = 0, i;

	fixture();

	while (n < UK_FD_MAX) {
		fds[n] = open("/t_open/a", O_RDONLY);
		if (fds[n] < 0)
			break;
		n++;
	}
	UK_TEST_EXPECT_LT(n, UK_FD_MAX);
	UK_TEST_EXPECT_EQ(errno, EMFILE);
	for (i = 0; i < n; i++)
		close(fds[i]);
}

UK_TEST(vfs_open, creat_call)
{
	char c;
	int fd;

	fixture();
	fd = creat("/t_open/c", 0644);
	UK_TEST_EXPECT_GE(fd, 0);
	UK_TEST_EXPECT_EQ(write(fd, "z", 1), 1);
	EXPECT_ERR(read(fd, &c, 1), EBADF);
	close(fd);
}
