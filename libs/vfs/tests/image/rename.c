/* SPDX-License-Identifier: BSD-3-Clause */
/* rename() and each errno it gives. */
#include <uk/vfs.h>
#include <uk/vfs_test.h>

UK_TESTSUITE(vfs_rename);

/* Every test starts from this (compilers may order the tests differently). */
static void fixture(void)
{
	vt_dir("/t_ren");
	rmdir("/t_ren/d/e");
	rmdir("/t_ren/e");
	rmdir("/t_ren/empty");
	unlink("/t_ren/d/a2");
	vt_dir("/t_ren/d");
	vt_dir("/t_ren/empty");
	vt_put("/t_ren/a", "A");
	vt_put("/t_ren/b", "B");
}

UK_TEST(vfs_rename, moves_and_replaces)
{
	char buf[8];

	fixture();
	UK_TEST_EXPECT_EQ(rename("/t_ren/a", "/t_ren/d/a2"), 0);
	EXPECT_ERR(access("/t_ren/a", F_OK), ENOENT);
	vt_get("/t_ren/d/a2", buf, sizeof(buf));
	UK_TEST_EXPECT_STREQ(buf, "A");
	UK_TEST_EXPECT_EQ(rename("/t_ren/d/a2", "/t_ren/b"), 0);
	vt_get("/t_ren/b", buf, sizeof(buf));
	UK_TEST_EXPECT_STREQ(buf, "A");
	UK_TEST_EXPECT_EQ(rename("/t_ren/b", "/t_ren/b"), 0);
}

UK_TEST(vfs_rename, directories)
{
	fixture();
	UK_TEST_ASSERT(mkdir("/t_ren/e", 0755) == 0);
	UK_TEST_EXPECT_EQ(rename("/t_ren/e", "/t_ren/d/e"), 0);
	UK_TEST_EXPECT_EQ(access("/t_ren/d/e", F_OK), 0);
	UK_TEST_EXPECT_EQ(rename("/t_ren/d/e", "/t_ren/empty"), 0);
	EXPECT_ERR(access("/t_ren/d/e", F_OK), ENOENT);
}

UK_TEST(vfs_rename, errors)
{
	fixture();
	UK_TEST_ASSERT(vt_put("/t_ren/d/x", "x") == 0);
	EXPECT_ERR(rename("/t_ren/none", "/t_ren/z"), ENOENT);
	EXPECT_ERR(rename("/t_ren/b", "/t_ren/none/z"), ENOENT);
	EXPECT_ERR(rename("/t_ren/b", "/t_ren/d"), EISDIR);
	EXPECT_ERR(rename("/t_ren/d", "/t_ren/b"), ENOTDIR);
	EXPECT_ERR(rename("/t_ren/empty", "/t_ren/d"), ENOTEMPTY);
	EXPECT_ERR(rename("/t_ren/d", "/t_ren/d/sub"), EINVAL);
	EXPECT_ERR(rename("/t_ren/b", "/t_ren/b/c"), ENOTDIR);
	EXPECT_ERR(rename("/t_ren/b/", "/t_ren/c"), ENOTDIR);
	EXPECT_ERR(rename("/t_ren/.", "/t_ren/c"), EBUSY);
}
