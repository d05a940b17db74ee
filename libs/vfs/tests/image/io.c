/* SPDX-License-Identifier: BSD-3-Clause */
/* read/write/pread/pwrite/lseek/fstat/ftruncate/fsync/dup on VFS files. */
#include <uk/vfs_test.h>

UK_TESTSUITE(vfs_io);

/* Every test starts from this (compilers may order the tests differently). */
static void fixture(void)
{
	vt_dir("/t_io");
	vt_put("/t_io/p", "aXYdef");
}

UK_TEST(vfs_io, read_write_seek)
{
	char buf[16] = { 0 };
	int fd;

	fixture();
	fd = open("/t_io/f", O_RDWR | O_CREAT, 0644);
	UK_TEST_EXPECT_EQ(write(fd, "0123456789", 10), 10);
	UK_TEST_EXPECT_EQ(lseek(fd, 2, SEEK_SET), 2);
	UK_TEST_EXPECT_EQ(read(fd, buf, 3), 3);
	UK_TEST_EXPECT_STREQ(buf, "234");
	UK_TEST_EXPECT_EQ(lseek(fd, -1, SEEK_END), 9);
	UK_TEST_EXPECT_EQ(read(fd, buf, 8), 1);
	UK_TEST_EXPECT_EQ(read(fd, buf, 8), 0);
	EXPECT_ERR(lseek(fd, -20, SEEK_CUR), EINVAL);
	EXPECT_ERR(lseek(fd, 0, 7), EINVAL);
	close(fd);
}

UK_TEST(vfs_io, hole_reads_zero)
{
	char buf[8];
	int fd;

	fixture();
	fd = open("/t_io/hole", O_RDWR | O_CREAT, 0644);
	UK_TEST_EXPECT_EQ(lseek(fd, 100, SEEK_SET), 100);
	UK_TEST_EXPECT_EQ(write(fd, "x", 1), 1);
	UK_TEST_EXPECT_EQ(pread(fd, buf, 4, 50), 4);
	UK_TEST_EXPECT_MEMEQ(buf, "\0\0\0\0", 4);
	close(fd);
}

UK_TEST(vfs_io, pread_pwrite_keep_offset)
{
	char buf[8] = { 0 };
	int fd;

	fixture();
	fd = open("/t_io/p", O_RDWR | O_CREAT, 0644);
	UK_TEST_EXPECT_EQ(write(fd, "abcdef", 6), 6);
	UK_TEST_EXPECT_EQ(pwrite(fd, "XY", 2, 1), 2);
	UK_TEST_EXPECT_EQ(pread(fd, buf, 4, 0), 4);
	UK_TEST_EXPECT_STREQ(buf, "aXYd");
	UK_TEST_EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 6);
	EXPECT_ERR(pread(fd, buf, 1, -1), EINVAL);
	close(fd);
}

UK_TEST(vfs_io, fstat_fields)
{
	struct stat st, st2;
	int fd;

	fixture();
	fd = open("/t_io/p", O_RDONLY);
	UK_TEST_EXPECT_EQ(fstat(fd, &st), 0);
	UK_TEST_EXPECT(S_ISREG(st.st_mode));
	UK_TEST_EXPECT_EQ(st.st_mode & 0777, 0644);
	UK_TEST_EXPECT_EQ(st.st_size, 6);
	UK_TEST_EXPECT_EQ(st.st_nlink, 1);
	UK_TEST_EXPECT_EQ(stat("/t_io/p", &st2), 0);
	UK_TEST_EXPECT_EQ(st.st_ino, st2.st_ino);
	UK_TEST_EXPECT_EQ(st.st_dev, st2.st_dev);
	close(fd);
	EXPECT_ERR(fstat(fd, &st), EBADF);
}

UK_TEST(vfs_io, ftruncate_grow_shrink)
{
	char buf[8];
	struct stat st;
	int fd;

	fixture();
	fd = open("/t_io/tr", O_RDWR | O_CREAT, 0644);
	UK_TEST_EXPECT_EQ(write(fd, "abcdef", 6), 6);
	UK_TEST_EXPECT_EQ(ftruncate(fd, 2), 0);
	UK_TEST_EXPECT_EQ(ftruncate(fd, 5), 0);
	fstat(fd, &st);
	UK_TEST_EXPECT_EQ(st.st_size, 5);
	UK_TEST_EXPECT_EQ(pread(fd, buf, 8, 0), 5);
	UK_TEST_EXPECT_MEMEQ(buf, "ab\0\0\0", 5);
	EXPECT_ERR(ftruncate(fd, -1), EINVAL);
	close(fd);
	fd = open("/t_io/tr", O_RDONLY);
	EXPECT_ERR(ftruncate(fd, 0), EBADF);
	close(fd);
	fd = open("/t_io", O_RDONLY);
	EXPECT_ERR(ftruncate(fd, 0), EBADF);
	close(fd);
}

UK_TEST(vfs_io, fsync_ok_and_ebadf)
{
	int fd;

	fixture();
	fd = open("/t_io/p", O_RDWR);
	UK_TEST_EXPECT_EQ(fsync(fd), 0);
	close(fd);
	EXPECT_ERR(fsync(fd), EBADF);
}

UK_TEST(vfs_io, dup_shares_offset)
{
	char c = 0;
	int fd, d;

	fixture();
	fd = open("/t_io/p", O_RDONLY);
	d = dup(fd);
	UK_TEST_EXPECT_EQ(read(fd, &c, 1), 1);
	UK_TEST_EXPECT_EQ(read(d, &c, 1), 1);
	UK_TEST_EXPECT_EQ(c, 'X');
	UK_TEST_EXPECT_EQ(dup2(fd, 40), 40);
	UK_TEST_EXPECT_EQ(lseek(40, 0, SEEK_CUR), 2);
	close(fd);
	UK_TEST_EXPECT_EQ(read(d, &c, 1), 1);
	UK_TEST_EXPECT_EQ(c, 'Y');
	close(d);
	close(40);
}

UK_TEST(vfs_io, unlinked_open_file_lives_on)
{
	char buf[8] = { 0 };
	int fd;

	fixture();
	fd = open("/t_io/gone", O_RDWR | O_CREAT, 0644);
	UK_TEST_EXPECT_EQ(write(fd, "keep", 4), 4);
	UK_TEST_EXPECT_EQ(unlink("/t_io/gone"), 0);
	EXPECT_ERR(access("/t_io/gone", F_OK), ENOENT);
	UK_TEST_EXPECT_EQ(pread(fd, buf, 4, 0), 4);
	UK_TEST_EXPECT_STREQ(buf, "keep");
	UK_TEST_EXPECT_EQ(close(fd), 0);
}

UK_TEST(vfs_io, big_file)
{
	static char blk[4096], back[4096];
	int fd, i, ok = 1;
	struct stat st;

	fixture();
	fd = open("/t_io/big", O_RDWR | O_CREAT, 0644);
	for (i = 0; i < 256; i++) {
		memset(blk, 'a' + i % 26, sizeof(blk));
		ok &= write(fd, blk, sizeof(blk)) == (ssize_t)sizeof(blk);
	}
	UK_TEST_EXPECT(ok);
	fstat(fd, &st);
	UK_TEST_EXPECT_EQ(st.st_size, 256 * 4096);
	UK_TEST_EXPECT_EQ(pread(fd, back, sizeof(back), 77 * 4096), 4096);
	memset(blk, 'a' + 77 % 26, sizeof(blk));
	UK_TEST_EXPECT_MEMEQ(back, blk, sizeof(blk));
	close(fd);
	UK_TEST_EXPECT_EQ(unlink("/t_io/big"), 0);
}
