/* SPDX-License-Identifier: BSD-3-Clause */
/* Symbolic-link checks: symlink, readlink, lstat, following, O_NOFOLLOW, O_CREAT through a link. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static const char *kind(const char *path, int follow)
{
	struct stat st;

	if ((follow ? stat(path, &st) : lstat(path, &st)) < 0)
		return ename(errno);
	return S_ISLNK(st.st_mode)   ? "link"
	       : S_ISDIR(st.st_mode) ? "directory"
	       : S_ISREG(st.st_mode) ? "regular"
				     : "other";
}

void check_links(void)
{
	char buf[16];
	ssize_t n;
	int fd;

	put_file("lt", "target");
	mkdir("ld", 0700);
	say("symlink(lt, l1)", symlink("lt", "l1"));
	say("symlink(lt, l1) again", symlink("lt", "l1"));
	say("symlink(ld, l2) to a directory", symlink("ld", "l2"));
	say("symlink(gone, l3) dangling", symlink("gone", "l3"));
	n = readlink("l1", buf, sizeof(buf));
	say("readlink(l1)", n);
	note("  target \"%.*s\"", n > 0 ? (int)n : 0, buf);
	say("readlink(l1, 1 byte) truncates", readlink("l1", buf, 1));
	say("readlink(lt) not a link", readlink("lt", buf, sizeof(buf)));
	say("readlink(missing)", readlink("missing", buf, sizeof(buf)));
	{
		struct stat st;

		say("lstat(l1) st_size is the target's length",
		    lstat("l1", &st) ? -1 : (long)st.st_size);
	}
	note("lstat(l1): %s, stat(l1): %s", kind("l1", 0), kind("l1", 1));
	note("lstat(l2): %s, stat(l2): %s", kind("l2", 0), kind("l2", 1));
	note("lstat(l2/): %s", kind("l2/", 0));
	note("lstat(l3): %s, stat(l3): %s", kind("l3", 0), kind("l3", 1));
	note("l1 reads \"%s\"", get_file("l1"));
	sayfd("open(l1, O_RDONLY|O_NOFOLLOW)",
	      open("l1", O_RDONLY | O_NOFOLLOW));
	sayfd("open(l3, O_RDONLY) dangling", open("l3", O_RDONLY));
	sayfd("open(l3, O_WRONLY|O_CREAT|O_EXCL) dangling",
	      open("l3", O_WRONLY | O_CREAT | O_EXCL, 0600));
	fd = open("l3", O_WRONLY | O_CREAT, 0600);
	sayfd("open(l3, O_WRONLY|O_CREAT) dangling: creates the target", fd);
	if (fd >= 0)
		close(fd);
	note("  stat(gone): %s", kind("gone", 1));
	unlink("gone");
	put_file("l2/in", "in");
	note("l2/in reads \"%s\"", get_file("l2/in"));
	say("chdir(l2)", chdir("l2"));
	note("  in reads \"%s\"", get_file("in"));
	say("chdir(..) leaves by the directory walked", chdir(".."));
	note("  lt reads \"%s\"", get_file("lt"));
	say("rmdir(l2/) a link to a directory", rmdir("l2/"));
	say("rmdir(l2) a link", rmdir("l2"));
	say("unlink(l2/) a link to a directory, with a slash", unlink("l2/"));
	say("rename(l2/, l7) a link to a directory, with a slash",
	    rename("l2/", "l7"));
	say("  lstat(l2) still a link", lstat("l2", &(struct stat){ 0 }));
	put_file("lo", "other");
	symlink("lt", "l6");
	say("rename(lo, l6) over a link replaces the link", rename("lo", "l6"));
	note("  lstat(l6): %s, lt: \"%s\"", kind("l6", 0), get_file("lt"));
	unlink("l6");
	say("rename(l1, l4) moves the link", rename("l1", "l4"));
	note("  lstat(l4): %s", kind("l4", 0));
	say("unlink(l4) removes the link only", unlink("l4"));
	note("  lt: %s", kind("lt", 0));
	say("symlink(\"\", l5) empty target", symlink("", "l5"));
	unlink("l5");
	unlink("l2");
	unlink("l3");
	unlink("ld/in");
	rmdir("ld");
	unlink("lt");
}
