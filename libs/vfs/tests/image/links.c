/* SPDX-License-Identifier: BSD-3-Clause */
/* symlink/readlink, following links in paths, ELOOP, lstat. */
#include <uk/vfs_test.h>

UK_TESTSUITE(vfs_links);

/* Every test starts from this (compilers may order the tests differently). */
static void fixture(void)
{
	vt_dir("/t_links");
	vt_dir("/t_links/dir");
	vt_put("/t_links/dir/f", "data");
	vt_link("dir/f", "/t_links/rel");
	vt_link("/t_links/dir", "/t_links/abs");
	unlink("/t_links/dangling");
	unlink("/t_links/loop1");
	unlink("/t_links/loop2");
	unlink("/t_links/self");
}

UK_TEST(vfs_links, follow_relative_and_absolute)
{
	char buf[32];

	fixture();
	UK_TEST_EXPECT_EQ(vt_get("/t_links/rel", buf, sizeof(buf)), 4);
	UK_TEST_EXPECT_STREQ(buf, "data");
	UK_TEST_EXPECT_EQ(vt_get("/t_links/abs/f", buf, sizeof(buf)), 4);
	UK_TEST_EXPECT_EQ(vt_get("/t_links/abs/../dir/f", buf, sizeof(buf)), 4);
}

UK_TEST(vfs_links, lstat_and_readlink)
{
	char buf[32];
	struct stat st;

	fixture();
	UK_TEST_EXPECT_EQ(lstat("/t_links/rel", &st), 0);
	UK_TEST_EXPECT(S_ISLNK(st.st_mode));
	UK_TEST_EXPECT_EQ(st.st_size, 5);
	UK_TEST_EXPECT_EQ(stat("/t_links/rel", &st), 0);
	UK_TEST_EXPECT(S_ISREG(st.st_mode));
	UK_TEST_EXPECT_EQ(readlink("/t_links/rel", buf, sizeof(buf)), 5);
	UK_TEST_EXPECT_MEMEQ(buf, "dir/f", 5);
	UK_TEST_EXPECT_EQ(readlink("/t_links/rel", buf, 3), 3);
	EXPECT_ERR(readlink("/t_links/dir", buf, sizeof(buf)), EINVAL);
	EXPECT_ERR(readlink("/t_links/none", buf, sizeof(buf)), ENOENT);
}

UK_TEST(vfs_links, errors)
{
	struct stat st;

	fixture();
	EXPECT_ERR(symlink("x", "/t_links/rel"), EEXIST);
	EXPECT_ERR(symlink("x", "/t_links/none/l"), ENOENT);
	EXPECT_ERR(symlink("", "/t_links/empty"), ENOENT);
	UK_TEST_EXPECT_EQ(symlink("missing", "/t_links/dangling"), 0);
	EXPECT_ERR(stat("/t_links/dangling", &st), ENOENT);
	UK_TEST_EXPECT_EQ(lstat("/t_links/dangling", &st), 0);
	EXPECT_ERR(open("/t_links/rel", O_RDONLY | O_NOFOLLOW), ELOOP);
}

UK_TEST(vfs_links, creat_through_dangling)
{
	struct stat st;
	int fd;

	fixture();
	unlink("/t_links/made");
	unlink("/t_links/to_made");
	UK_TEST_EXPECT_EQ(symlink("made", "/t_links/to_made"), 0);
	EXPECT_ERR(open("/t_links/to_made", O_WRONLY | O_CREAT | O_EXCL, 0600),
		   EEXIST);
	fd = open("/t_links/to_made", O_WRONLY | O_CREAT, 0600);
	UK_TEST_EXPECT_GE(fd, 0);
	close(fd);
	UK_TEST_EXPECT_EQ(stat("/t_links/made", &st), 0);
	UK_TEST_EXPECT(S_ISREG(st.st_mode));
	UK_TEST_EXPECT_EQ(lstat("/t_links/to_made", &st), 0);
	UK_TEST_EXPECT(S_ISLNK(st.st_mode));
}

UK_TEST(vfs_links, loop_is_eloop)
{
	struct stat st;

	fixture();
	UK_TEST_EXPECT_EQ(symlink("loop2", "/t_links/loop1"), 0);
	UK_TEST_EXPECT_EQ(symlink("loop1", "/t_links/loop2"), 0);
	EXPECT_ERR(stat("/t_links/loop1", &st), ELOOP);
	EXPECT_ERR(open("/t_links/loop1/x", O_RDONLY), ELOOP);
	UK_TEST_EXPECT_EQ(symlink("self", "/t_links/self"), 0);
	EXPECT_ERR(open("/t_links/self", O_RDWR | O_CREAT, 0644), ELOOP);
	UK_TEST_EXPECT_EQ(lstat("/t_links/self", &st), 0);
	UK_TEST_EXPECT_EQ(unlink("/t_links/self"), 0);
}

UK_TEST(vfs_links, chain_below_limit)
{
	char name[32], prev[32], buf[8];
	int i;

	fixture();
	strcpy(prev, "dir/f");
	for (i = 0; i < 30; i++) {
		strcpy(name, "/t_links/c");
		name[10] = (char)('A' + i);
		name[11] = '\0';
		UK_TEST_ASSERT(vt_link(prev, name) == 0);
		strcpy(prev, name + 9);
	}
	UK_TEST_EXPECT_EQ(vt_get(name, buf, sizeof(buf)), 4);
}

UK_TEST(vfs_links, unlink_removes_link_not_target)
{
	fixture();
	UK_TEST_EXPECT_EQ(unlink("/t_links/rel"), 0);
	UK_TEST_EXPECT_EQ(access("/t_links/dir/f", F_OK), 0);
	UK_TEST_EXPECT_EQ(chdir("/t_links/abs"), 0);
	UK_TEST_EXPECT_EQ(access("f", R_OK), 0);
	chdir("/");
}
