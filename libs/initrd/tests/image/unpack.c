/* SPDX-License-Identifier: BSD-3-Clause */
/* uk_initrd_unpack() into a directory of the VFS: members, modes, links, errors. */
#include <stdio.h>
#include <string.h>
#include <uk/initrd.h>
#include <uk/test.h>
#include <uk/vfs_test.h>

UK_TESTSUITE(initrd);

/* Append a newc member to a[*n]. */
static size_t member(char *a, size_t n, const char *name, unsigned int mode,
		     const char *data)
{
	size_t nl = strlen(name) + 1, dl = strlen(data);

	n += (size_t)snprintf(
		a + n, 111,
		"070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X",
		1u, mode, 0u, 0u, 1u, 0u, (unsigned int)dl, 0u, 0u, 0u, 0u,
		(unsigned int)nl, 0u);
	memcpy(a + n, name, nl);
	n += nl;
	while (n % 4)
		a[n++] = '\0';
	memcpy(a + n, data, dl);
	n += dl;
	while (n % 4)
		a[n++] = '\0';
	return n;
}

static char arc[2048];

UK_TEST(initrd, unpacks_files_dirs_links)
{
	char buf[32];
	struct stat st;
	size_t n = 0;

	n = member(arc, n, "./sub", 040700, "");
	n = member(arc, n, "sub/a.txt", 0100640, "alpha");
	n = member(arc, n, "deep/er/b", 0100600, "beta");
	n = member(arc, n, "sub/l", 0120777, "a.txt");
	n = member(arc, n, "TRAILER!!!", 0, "");
	vt_dir("/t_initrd");
	UK_TEST_EXPECT_EQ(uk_initrd_unpack(arc, n, "/t_initrd/"), 4);
	UK_TEST_EXPECT_EQ(vt_get("/t_initrd/sub/l", buf, sizeof(buf)), 5);
	UK_TEST_EXPECT_STREQ(buf, "alpha");
	UK_TEST_EXPECT_EQ(stat("/t_initrd/sub/a.txt", &st), 0);
	UK_TEST_EXPECT_EQ(st.st_mode, 0100640);
	UK_TEST_EXPECT_EQ(stat("/t_initrd/sub", &st), 0);
	UK_TEST_EXPECT_EQ(st.st_mode & 0777, 0700);
	UK_TEST_EXPECT_EQ(vt_get("/t_initrd/deep/er/b", buf, sizeof(buf)), 4);
	/* Unpacking again replaces the files. */
	UK_TEST_EXPECT_EQ(uk_initrd_unpack(arc, n, "/t_initrd"), 4);
}

UK_TEST(initrd, modes_exact_under_a_umask)
{
	struct stat st;
	mode_t old = umask(077);
	size_t n = 0;

	n = member(arc, n, "um", 040755, "");
	n = member(arc, n, "um/f", 0100644, "f");
	n = member(arc, n, "TRAILER!!!", 0, "");
	UK_TEST_EXPECT_EQ(uk_initrd_unpack(arc, n, "/t_umask"), 2);
	umask(old);
	UK_TEST_EXPECT_EQ(stat("/t_umask/um", &st), 0);
	UK_TEST_EXPECT_EQ(st.st_mode & 07777, 0755);
	UK_TEST_EXPECT_EQ(stat("/t_umask/um/f", &st), 0);
	UK_TEST_EXPECT_EQ(st.st_mode & 07777, 0644);
}

UK_TEST(initrd, bad_archives_are_einval)
{
	size_t n = member(arc, 0, "x", 0100644, "x");

	UK_TEST_EXPECT_EQ(uk_initrd_unpack(arc, n, "/t_initrd"),
			  -EINVAL); /* no trailer */
	n = member(arc, 0, "../y", 0100644, "y");
	UK_TEST_EXPECT_EQ(uk_initrd_unpack(arc, n, "/t_initrd"), -EINVAL);
	UK_TEST_EXPECT_EQ(uk_initrd_unpack("garbage", 7, "/t_initrd"), -EINVAL);
	UK_TEST_EXPECT_EQ(uk_initrd_unpack("0707", 4, "/t_initrd"), -EINVAL);
	UK_TEST_EXPECT_EQ(access("/t_initrd/x", F_OK),
			  0); /* kept what came before */
}

UK_TEST(initrd, makes_the_destination)
{
	size_t n = member(arc, 0, "f", 0100644, "f");

	n = member(arc, n, "TRAILER!!!", 0, "");
	UK_TEST_EXPECT_EQ(uk_initrd_unpack(arc, n, "/t_nodir/x"), 1);
	UK_TEST_EXPECT_EQ(access("/t_nodir/x/f", R_OK), 0);
}
