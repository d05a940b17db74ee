/* SPDX-License-Identifier: BSD-3-Clause */
/* opendir/readdir/rewinddir/closedir/fdopendir. */
#include <dirent.h>
#include <uk/vfs_test.h>

UK_TESTSUITE(vfs_dirs);

/* Every test starts from this (compilers may order the tests differently). */
static void fixture(void)
{
	vt_dir("/t_dirs");
	vt_dir("/t_dirs/d");
	vt_put("/t_dirs/f", "f");
	vt_link("f", "/t_dirs/l");
}

static int count_and_find(DIR *d, const char *want, int *type)
{
	struct dirent *de;
	int n = 0;

	while ((de = readdir(d))) {
		n++;
		if (strcmp(de->d_name, want) == 0)
			*type = de->d_type;
	}
	return n;
}

UK_TEST(vfs_dirs, lists_entries)
{
	int type = -1;
	DIR *d;

	fixture();
	d = opendir("/t_dirs");
	UK_TEST_ASSERT(d != NULL);
	UK_TEST_EXPECT_EQ(count_and_find(d, "f", &type), 5);
	UK_TEST_EXPECT_EQ(type, DT_REG);
	rewinddir(d);
	count_and_find(d, "d", &type);
	UK_TEST_EXPECT_EQ(type, DT_DIR);
	rewinddir(d);
	count_and_find(d, "l", &type);
	UK_TEST_EXPECT_EQ(type, DT_LNK);
	rewinddir(d);
	count_and_find(d, "..", &type);
	UK_TEST_EXPECT_EQ(type, DT_DIR);
	UK_TEST_EXPECT_EQ(closedir(d), 0);
}

UK_TEST(vfs_dirs, empty_has_dots)
{
	DIR *d;
	struct dirent *de;

	fixture();
	d = opendir("/t_dirs/d");
	UK_TEST_ASSERT(d != NULL);
	de = readdir(d);
	UK_TEST_EXPECT_STREQ(de ? de->d_name : NULL, ".");
	de = readdir(d);
	UK_TEST_EXPECT_STREQ(de ? de->d_name : NULL, "..");
	errno = 0;
	UK_TEST_EXPECT(readdir(d) == NULL);
	UK_TEST_EXPECT_EQ(errno, 0);
	closedir(d);
}

UK_TEST(vfs_dirs, errors)
{
	int fd;

	fixture();
	errno = 0;
	UK_TEST_EXPECT(opendir("/t_dirs/none") == NULL);
	UK_TEST_EXPECT_EQ(errno, ENOENT);
	errno = 0;
	UK_TEST_EXPECT(opendir("/t_dirs/f") == NULL);
	UK_TEST_EXPECT_EQ(errno, ENOTDIR);
	fd = open("/t_dirs/f", O_RDONLY);
	errno = 0;
	UK_TEST_EXPECT(fdopendir(fd) == NULL);
	UK_TEST_EXPECT_EQ(errno, ENOTDIR);
	close(fd);
	errno = 0;
	UK_TEST_EXPECT(fdopendir(fd) == NULL);
	UK_TEST_EXPECT_EQ(errno, EBADF);
}

UK_TEST(vfs_dirs, removal_while_listing)
{
	DIR *d;
	int type, n;

	fixture();
	d = opendir("/t_dirs");
	UK_TEST_ASSERT(d != NULL);
	UK_TEST_EXPECT_EQ(unlink("/t_dirs/l"), 0);
	n = count_and_find(d, "x", &type);
	UK_TEST_EXPECT_EQ(n, 4);
	closedir(d);
}
