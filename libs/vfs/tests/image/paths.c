/* SPDX-License-Identifier: BSD-3-Clause */
/* stat, lstat, mkdir, rmdir, unlink, access, utimes, chdir, getcwd; "." and "..". */
#include <sys/time.h>
#include <uk/vfs_test.h>

UK_TESTSUITE(vfs_paths);

/* Every test starts from this (compilers may order the tests differently). */
static void fixture(void)
{
	vt_dir("/t_paths");
	vt_dir("/t_paths/sub");
	vt_put("/t_paths/file", "f");
}

UK_TEST(vfs_paths, mkdir_and_stat)
{
	struct stat st;

	fixture();
	rmdir("/t_paths/m/sub");
	rmdir("/t_paths/m");
	UK_TEST_ASSERT(mkdir("/t_paths/m", 0750) == 0);
	UK_TEST_EXPECT_EQ(stat("/t_paths/m", &st), 0);
	UK_TEST_EXPECT(S_ISDIR(st.st_mode));
	UK_TEST_EXPECT_EQ(st.st_mode & 0777, 0750);
	UK_TEST_EXPECT_EQ(st.st_nlink, 2);
	UK_TEST_EXPECT_EQ(mkdir("/t_paths/m/sub", 0700), 0);
	UK_TEST_EXPECT_EQ(stat("/t_paths/m", &st), 0);
	UK_TEST_EXPECT_EQ(st.st_nlink, 3);
	UK_TEST_EXPECT_EQ(stat("/", &st), 0);
	UK_TEST_EXPECT(S_ISDIR(st.st_mode));
}

UK_TEST(vfs_paths, mkdir_errors)
{
	fixture();
	EXPECT_ERR(mkdir("/t_paths/sub", 0755), EEXIST);
	EXPECT_ERR(mkdir("/t_paths/file", 0755), EEXIST);
	EXPECT_ERR(mkdir("/", 0755), EEXIST);
	EXPECT_ERR(mkdir("/t_paths/.", 0755), EEXIST);
	EXPECT_ERR(mkdir("/t_paths/none/sub", 0755), ENOENT);
	EXPECT_ERR(mkdir("/t_paths/file/sub", 0755), ENOTDIR);
}

UK_TEST(vfs_paths, dot_and_dotdot)
{
	struct stat a, b;

	fixture();
	UK_TEST_EXPECT_EQ(stat("/t_paths/sub/..//./file", &a), 0);
	UK_TEST_EXPECT_EQ(stat("/t_paths/file", &b), 0);
	UK_TEST_EXPECT_EQ(a.st_ino, b.st_ino);
	UK_TEST_EXPECT_EQ(stat("/../../t_paths/file", &a), 0);
	UK_TEST_EXPECT_EQ(a.st_ino, b.st_ino);
	EXPECT_ERR(stat("/t_paths/file/..", &a), ENOTDIR);
	EXPECT_ERR(stat("/t_paths/nothere/..", &a), ENOENT);
}

UK_TEST(vfs_paths, stat_errors)
{
	struct stat st;

	fixture();
	EXPECT_ERR(stat("/t_paths/missing", &st), ENOENT);
	EXPECT_ERR(stat("/t_paths/file/x", &st), ENOTDIR);
	EXPECT_ERR(stat("/t_paths/file/", &st), ENOTDIR);
	EXPECT_ERR(lstat("", &st), ENOENT);
}

UK_TEST(vfs_paths, unlink_and_errors)
{
	fixture();
	UK_TEST_ASSERT(vt_put("/t_paths/u", "u") == 0);
	UK_TEST_EXPECT_EQ(unlink("/t_paths/u"), 0);
	EXPECT_ERR(unlink("/t_paths/u"), ENOENT);
	EXPECT_ERR(unlink("/t_paths/sub"), EISDIR);
	EXPECT_ERR(unlink("/t_paths/file/"), ENOTDIR);
	EXPECT_ERR(unlink("/t_paths/file/x"), ENOTDIR);
}

UK_TEST(vfs_paths, rmdir_and_errors)
{
	fixture();
	rmdir("/t_paths/r/in");
	rmdir("/t_paths/r");
	UK_TEST_ASSERT(mkdir("/t_paths/r", 0755) == 0);
	UK_TEST_ASSERT(mkdir("/t_paths/r/in", 0755) == 0);
	EXPECT_ERR(rmdir("/t_paths/r"), ENOTEMPTY);
	EXPECT_ERR(rmdir("/t_paths/file"), ENOTDIR);
	EXPECT_ERR(rmdir("/t_paths/r/in/."), EINVAL);
	EXPECT_ERR(rmdir("/t_paths/r/in/.."), ENOTEMPTY);
	EXPECT_ERR(rmdir("/t_paths/nope"), ENOENT);
	EXPECT_ERR(rmdir("/"), EBUSY);
	UK_TEST_EXPECT_EQ(rmdir("/t_paths/r/in"), 0);
	UK_TEST_EXPECT_EQ(rmdir("/t_paths/r/"), 0);
	EXPECT_ERR(access("/t_paths/r", F_OK), ENOENT);
}

UK_TEST(vfs_paths, access_modes)
{
	int fd;

	fixture();
	fd = open("/t_paths/ro", O_WRONLY | O_CREAT, 0444);
	close(fd);
	UK_TEST_EXPECT_EQ(access("/t_paths/ro", F_OK), 0);
	UK_TEST_EXPECT_EQ(access("/t_paths/ro", R_OK), 0);
	EXPECT_ERR(access("/t_paths/ro", W_OK), EACCES);
	EXPECT_ERR(access("/t_paths/ro", X_OK), EACCES);
	UK_TEST_EXPECT_EQ(access("/t_paths/sub", R_OK | W_OK | X_OK), 0);
	EXPECT_ERR(access("/t_paths/none", F_OK), ENOENT);
	EXPECT_ERR(access("/t_paths/ro", 8), EINVAL);
}

UK_TEST(vfs_paths, utimes_resolves_then_cannot_set)
{
	struct timeval bad[2] = { { 0, 0 }, { 0, 1000000 } };

	fixture();
	EXPECT_ERR(utimes("/t_paths/file", NULL), ENOSYS);
	EXPECT_ERR(utimes("/t_paths/none", NULL), ENOENT);
	EXPECT_ERR(utimes("/t_paths/file/x", NULL), ENOTDIR);
	EXPECT_ERR(utimes("/t_paths/file", bad), EINVAL);
}

UK_TEST(vfs_paths, chdir_getcwd_relative)
{
	char buf[64];
	struct stat a, b;

	fixture();
	UK_TEST_EXPECT_EQ(chdir("/t_paths//sub/."), 0);
	UK_TEST_EXPECT_STREQ(getcwd(buf, sizeof(buf)), "/t_paths/sub");
	UK_TEST_EXPECT_EQ(vt_put("rel", "r"), 0);
	UK_TEST_EXPECT_EQ(stat("/t_paths/sub/rel", &a), 0);
	UK_TEST_EXPECT_EQ(stat("../sub/rel", &b), 0);
	UK_TEST_EXPECT_EQ(a.st_ino, b.st_ino);
	UK_TEST_EXPECT_EQ(chdir(".."), 0);
	UK_TEST_EXPECT_STREQ(getcwd(buf, sizeof(buf)), "/t_paths");
	errno = 0;
	UK_TEST_EXPECT(getcwd(buf, 4) == NULL);
	UK_TEST_EXPECT_EQ(errno, ERANGE);
	EXPECT_ERR(chdir("file"), ENOTDIR);
	EXPECT_ERR(chdir("nowhere"), ENOENT);
	UK_TEST_EXPECT_EQ(chdir("/"), 0);
	UK_TEST_EXPECT_STREQ(getcwd(buf, sizeof(buf)), "/");
}

UK_TEST(vfs_paths, deep_path_too_long)
{
	static char p[2 * 80 + 1];
	int depth, r = 0;

	fixture();
	/* Each mkdir goes one level deeper, until the walk's depth limit. */
	for (depth = 1; depth < 80; depth++) {
		memcpy(p + 2 * (depth - 1), "/a", 3);
		r = mkdir(p, 0755);
		if (r < 0)
			break;
	}
	UK_TEST_EXPECT_EQ(r, -1);
	UK_TEST_EXPECT_EQ(errno, ENAMETOOLONG);
	UK_TEST_EXPECT_GE(depth, 60);
	r = 0;
	while (--depth > 0) {
		p[2 * depth] = '\0';
		r |= rmdir(p);
	}
	UK_TEST_EXPECT_EQ(r, 0); /* every rmdir succeeded */
	EXPECT_ERR(access("/a", F_OK), ENOENT);
}
