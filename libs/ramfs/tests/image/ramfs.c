/* SPDX-License-Identifier: BSD-3-Clause */
/* ramfs as the root and as a second mount: crossing, EXDEV, EBUSY. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/ramfs.h>
#include <uk/test.h>
#include <uk/vfs_test.h>

UK_TESTSUITE(ramfs);

UK_TEST(ramfs, is_the_root)
{
	UK_TEST_EXPECT(uk_vfs_has_root());
	UK_TEST_EXPECT_EQ(access("/", R_OK | W_OK | X_OK), 0);
}

UK_TEST(ramfs, second_mount)
{
	struct stat root, in, on;
	int fd;

	vt_dir("/t_mnt");
	vt_dir("/t_mnt/m");
	fd = open("/t_mnt/m/hidden", O_WRONLY | O_CREAT, 0644);
	close(fd);
	UK_TEST_ASSERT(uk_vfs_mount(&uk_ramfs, NULL, "/t_mnt/m") == 0);
	UK_TEST_EXPECT_EQ(uk_vfs_mount(&uk_ramfs, NULL, "/t_mnt/m"), -EBUSY);
	EXPECT_ERR(access("/t_mnt/m/hidden", F_OK), ENOENT);
	fd = open("/t_mnt/m/f", O_WRONLY | O_CREAT, 0644);
	UK_TEST_EXPECT_GE(fd, 0);
	close(fd);
	stat("/", &root);
	stat("/t_mnt/m/f", &in);
	stat("/t_mnt", &on);
	UK_TEST_EXPECT_NE(root.st_dev, in.st_dev);
	UK_TEST_EXPECT_EQ(stat("/t_mnt/m/..", &in), 0);
	UK_TEST_EXPECT_EQ(in.st_ino, on.st_ino);
	EXPECT_ERR(rename("/t_mnt/m/f", "/t_mnt/f"), EXDEV);
	EXPECT_ERR(rmdir("/t_mnt/m"), EBUSY);
	EXPECT_ERR(rename("/t_mnt/m", "/t_mnt/n"), EBUSY);
	/* Unmounting uncovers what was there. */
	UK_TEST_EXPECT_EQ(uk_vfs_unmount("/t_mnt/m"), 0);
	UK_TEST_EXPECT_EQ(access("/t_mnt/m/hidden", F_OK), 0);
	EXPECT_ERR(access("/t_mnt/m/f", F_OK), ENOENT);
}

UK_TEST(ramfs, mount_errors)
{
	vt_dir("/t_mnt2");
	vt_put("/t_mnt2/file", "f");
	UK_TEST_EXPECT_EQ(uk_vfs_mount(&uk_ramfs, NULL, "/t_mnt2/file"),
			  -ENOTDIR);
	UK_TEST_EXPECT_EQ(uk_vfs_mount(&uk_ramfs, NULL, "/t_mnt2/none"),
			  -ENOENT);
	UK_TEST_EXPECT_EQ(uk_vfs_unmount("/t_mnt2"), -EINVAL);
}

UK_TEST(ramfs, out_of_memory_is_enospc)
{
	static char blk[1 << 16];
	ssize_t n;
	long total = 0;
	int fd;

	vt_dir("/t_oom");
	fd = open("/t_oom/huge", O_WRONLY | O_CREAT, 0644);
	/* Fill the heap: the write that cannot grow the file fails cleanly. */
	while ((n = write(fd, blk, sizeof(blk))) > 0)
		total += n;
	UK_TEST_EXPECT_EQ(n, -1);
	UK_TEST_EXPECT(errno == ENOSPC || errno == EFBIG);
	UK_TEST_EXPECT_GT(total, 0);
	close(fd);
	UK_TEST_EXPECT_EQ(unlink("/t_oom/huge"), 0);
	fd = open("/t_oom/after", O_WRONLY | O_CREAT, 0644);
	UK_TEST_EXPECT_GE(fd, 0);
	UK_TEST_EXPECT_EQ(write(fd, blk, 100), 100);
	close(fd);
}
