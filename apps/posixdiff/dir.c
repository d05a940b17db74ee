/* SPDX-License-Identifier: BSD-3-Clause */
/* Directory checks: rename in its forms, opendir/readdir (names sorted). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

/* Open descriptors follow the file, not the name. */
static void check_rename_open(void)
{
	char buf[8] = { 0 };
	int a, b;

	put_file("ro1", "one");
	put_file("ro2", "two");
	a = open("ro1", O_RDONLY);
	b = open("ro2", O_RDONLY);
	say("rename(ro1, ro3) while open", rename("ro1", "ro3"));
	say("  read the moved file", read(a, buf, 3));
	note("  read \"%s\"", buf);
	say("rename(ro3, ro2) over an open file", rename("ro3", "ro2"));
	say("  read the replaced file", read(b, buf, 3));
	note("  read \"%s\"", buf);
	note("  ro2 holds \"%s\"", get_file("ro2"));
	close(a);
	close(b);
	say("unlink(ro2)", unlink("ro2"));
}

void check_rename(void)
{
	struct stat st;

	put_file("ra", "A");
	put_file("rb", "B");
	mkdir("rd", 0700);
	mkdir("re", 0700);
	mkdir("rf", 0700);
	put_file("rf/x", "x");
	say("rename(ra, rb) file over file", rename("ra", "rb"));
	say("  stat(ra)", stat("ra", &st));
	note("  rb holds \"%s\"", get_file("rb"));
	say("rename(rb, rb) to itself", rename("rb", "rb"));
	note("  rb holds \"%s\"", get_file("rb"));
	say("rename(rd, rd) a directory to itself", rename("rd", "rd"));
	say("rename(rb, rd) file over directory", rename("rb", "rd"));
	say("rename(rd, rb) directory over file", rename("rd", "rb"));
	say2("rename(rd, rf) over a non-empty directory (POSIX: ENOTEMPTY or EEXIST)",
	     rename("rd", "rf"), ENOTEMPTY, EEXIST);
	say("rename(rd, rd/sub) into itself", rename("rd", "rd/sub"));
	mkdir("rd/in", 0700);
	say("rename(rd, rd/in/sub) into its own subdirectory",
	    rename("rd", "rd/in/sub"));
	say2("rename(rd/in, rd) onto its parent (POSIX: ENOTEMPTY or EEXIST)",
	     rename("rd/in", "rd"), ENOTEMPTY, EEXIST);
	rmdir("rd/in");
	say("rename(missing, x)", rename("missing", "x"));
	say("rename(rb, missing/x)", rename("rb", "missing/x"));
	say("rename(rb, rb/x) through a file", rename("rb", "rb/x"));
	say("rename(rb, rc/) trailing slash on a file's new name",
	    rename("rb", "rc/"));
	say("rename(rd, re) over an empty directory", rename("rd", "re"));
	say("  stat(rd)", stat("rd", &st));
	say("  stat(re) is a directory",
	    stat("re", &st) ? -1 : S_ISDIR(st.st_mode));
	say("rename(re/, rg/) directories with slashes", rename("re/", "rg/"));
	say("rename(rb, rf/y) into another directory", rename("rb", "rf/y"));
	note("  rf/y holds \"%s\"", get_file("rf/y"));
	say2("rename(rf/., rh) last component dot (POSIX: EINVAL; Linux: EBUSY)",
	     rename("rf/.", "rh"), EINVAL, EBUSY);
	say2("rename(rg, rf/..) new is dot-dot (POSIX: EINVAL; Linux: EBUSY)",
	     rename("rg", "rf/.."), EINVAL, EBUSY);
	unlink("rf/x");
	unlink("rf/y");
	say("rmdir(rf)", rmdir("rf"));
	say("rmdir(rg)", rmdir("rg"));
	check_rename_open();
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Print the names in path, sorted, on one line; returns how many. */
static int list(DIR *d, const char *label)
{
	char *names[16], line[256] = "";
	struct dirent *de;
	int n = 0, i;

	errno = 0;
	while ((de = readdir(d)) && n < 16)
		names[n++] = strdup(de->d_name);
	note("  readdir at the end: %s",
	     errno ? ename(errno) : "NULL, errno 0");
	qsort(names, (size_t)n, sizeof(names[0]), by_name);
	for (i = 0; i < n; i++) {
		strncat(line, " ", sizeof(line) - strlen(line) - 1);
		strncat(line, names[i], sizeof(line) - strlen(line) - 1);
		free(names[i]);
	}
	note("%s:%s", label, line);
	return n;
}

/* d_ino of each entry of ls is the st_ino of what it names ("." and ".." too). */
static void check_inodes(void)
{
	char path[300];
	struct dirent *de;
	struct stat st;
	int n = 0, same = 0;
	DIR *d = opendir("ls");

	while (d && (de = readdir(d))) {
		snprintf(path, sizeof(path), "ls/%s", de->d_name);
		n++;
		same += lstat(path, &st) == 0 && st.st_ino == de->d_ino;
	}
	if (d)
		closedir(d);
	note("readdir(ls): %d entries, %d with d_ino = st_ino", n, same);
}

/* seekdir() back to a telldir() position reads the same entry again. */
static void check_telldir(DIR *d)
{
	char name[256] = "";
	struct dirent *de;
	long at;

	rewinddir(d);
	readdir(d);
	at = telldir(d);
	de = readdir(d);
	if (de)
		strncpy(name, de->d_name, sizeof(name) - 1);
	readdir(d);
	seekdir(d, at);
	de = readdir(d);
	say("  seekdir(telldir()) reads the same entry again",
	    de && strcmp(de->d_name, name) == 0);
}

void check_dirs(void)
{
	DIR *d;
	int fd;

	mkdir("ls", 0700);
	put_file("ls/b", "b");
	put_file("ls/a", "a");
	mkdir("ls/c", 0700);
	check_inodes();
	d = opendir("ls");
	sayp("opendir(ls)", d);
	if (d) {
		list(d, "  entries");
		rewinddir(d);
		list(d, "  after rewinddir");
		check_telldir(d);
		fd = dirfd(d);
		say("  dirfd's F_GETFD (FD_CLOEXEC, as glibc and musl set it)",
		    fcntl(fd, F_GETFD));
		say("  closedir", closedir(d));
	}
	d = opendir("ls/c");
	sayp("opendir(ls/c) empty", d);
	if (d) {
		list(d, "  entries");
		closedir(d);
	}
	sayp("opendir(ls/a) a file", opendir("ls/a"));
	sayp("opendir(missing)", opendir("missing"));
	sayp("opendir(\"\")", opendir(""));
	d = opendir("ls/");
	sayp("opendir(ls/)", d);
	if (d)
		closedir(d);
	d = opendir("ls");
	if (d) {
		put_file("ls/new", "n");
		unlink("ls/b");
		rewinddir(d);
		list(d, "  after rewinddir, with ls/new made and ls/b removed");
		closedir(d);
	}
	unlink("ls/a");
	unlink("ls/new");
	rmdir("ls/c");
	say("rmdir(ls)", rmdir("ls"));
}
