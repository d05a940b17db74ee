/* SPDX-License-Identifier: BSD-3-Clause */
/* Path checks: mkdir, rmdir, unlink, stat, access, chdir/getcwd, long names. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

/* NAME_MAX of both systems (Linux's file systems and ours). */
#define NAME_LEN 255

static void stat_line(const char *path)
{
	struct stat st;

	errno = 0;
	if (stat(path, &st) < 0) {
		note("stat(%s) = -1 %s", path, ename(errno));
		return;
	}
	note("stat(%s): %s size %ld", path,
	     S_ISREG(st.st_mode)   ? "regular"
	     : S_ISDIR(st.st_mode) ? "directory"
				   : "other",
	     S_ISREG(st.st_mode) ? (long)st.st_size : 0L);
}

static void check_mkdir(void)
{
	struct stat st;

	say("mkdir(m, 0700)", mkdir("m", 0700));
	saymode("  mode & 0777",
		stat("m", &st) ? -1 : (long)(st.st_mode & 0777));
	say("mkdir(m) again", mkdir("m", 0700));
	put_file("m/file", "x");
	say("mkdir(m/file) over a file", mkdir("m/file", 0700));
	say("mkdir(m/file/x)", mkdir("m/file/x", 0700));
	say("mkdir(missing/x)", mkdir("missing/x", 0700));
	say("mkdir(m/sub/) trailing slash", mkdir("m/sub/", 0700));
	say("mkdir(\"\")", mkdir("", 0700));
	say("mkdir(.)", mkdir(".", 0700));
	say2("rmdir(m) not empty (POSIX: ENOTEMPTY or EEXIST)", rmdir("m"),
	     ENOTEMPTY, EEXIST);
	say("rmdir(m/file) a file", rmdir("m/file"));
	say("rmdir(m/missing)", rmdir("m/missing"));
	say("rmdir(m/sub/.) last component dot", rmdir("m/sub/."));
	say2("rmdir(m/sub/..) last component dot-dot (POSIX: ENOTEMPTY or EEXIST)",
	     rmdir("m/sub/.."), ENOTEMPTY, EEXIST);
	say("rmdir(m/sub/) trailing slash", rmdir("m/sub/"));
	say("  stat(m/sub)", stat("m/sub", &st));
	say2("unlink(m) a directory (POSIX: EPERM; Linux: EISDIR)", unlink("m"),
	     EISDIR, EPERM);
	say("unlink(m/file/)", unlink("m/file/"));
	say("unlink(m/missing)", unlink("m/missing"));
	say("unlink(m/file)", unlink("m/file"));
	say("  stat(m/file)", stat("m/file", &st));
	say("rmdir(m) now empty", rmdir("m"));
	say("mkdir(m, 01777) keeps the sticky bit", mkdir("m", 01777));
	saymode("  mode & 07777 (umask 022)",
		stat("m", &st) ? -1 : (long)(st.st_mode & 07777));
	rmdir("m");
	say("  access(m, F_OK)", access("m", F_OK));
}

static void check_stat(void)
{
	struct stat a, b;
	int fd;

	put_file("s1", "12345");
	put_file("s2", "");
	mkdir("sd", 0700);
	stat_line("s1");
	stat_line("s2");
	stat_line("sd");
	stat_line("sd/");
	stat_line("sd/.");
	stat_line("sd/..");
	stat_line("s1/");
	stat_line("s1/x");
	stat_line("missing");
	stat_line("");
	say("stat(s1) st_nlink", stat("s1", &a) ? -1 : (long)a.st_nlink);
	fd = open("s1", O_RDONLY);
	say("fstat(s1) = stat(s1): same st_dev and st_ino",
	    fstat(fd, &b) ? -1 : a.st_dev == b.st_dev && a.st_ino == b.st_ino);
	say("  same st_size", a.st_size == b.st_size);
	stat("s2", &b);
	say("s1 and s2 have different st_ino", a.st_ino != b.st_ino);
	say("fstat(bad fd)", fstat(-1, &a));
	say("access(s1, F_OK)", access("s1", F_OK));
	say("access(s1, R_OK|W_OK) of a 0600 file", access("s1", R_OK | W_OK));
	say("access(s1, X_OK) of a 0600 file", access("s1", X_OK));
	say("access(missing, F_OK)", access("missing", F_OK));
	say("access(s1/, F_OK)", access("s1/", F_OK));
	say("access(missing/x, F_OK)", access("missing/x", F_OK));
	say("access(s1, bad mode)", access("s1", 0100));
	say("isatty(a file) (0 shown as -1, for its errno)",
	    isatty(fd) ? 1 : -1);
	say("fsync(O_RDONLY fd)", fsync(fd));

	/* An unlinked file stays readable through its descriptor. */
	say("unlink(s1) while open", unlink("s1"));
	say("  stat(s1)", stat("s1", &a));
	say("  fstat st_nlink", fstat(fd, &a) ? -1 : (long)a.st_nlink);
	say("  fstat st_size", (long)a.st_size);
	{
		char buf[8] = { 0 };

		say("  read(8) through the fd", read(fd, buf, sizeof(buf)));
		note("  read \"%s\"", buf);
	}
	say("  close", close(fd));
	fd = open("s2", O_RDWR);
	unlink("s2");
	say("  write to an unlinked file", write(fd, "abc", 3));
	say("  pread it back", pread(fd, (char[4]){ 0 }, 3, 0));
	close(fd);
	say("rmdir(sd)", rmdir("sd"));
}

static void check_cwd(void)
{
	char here[1024], there[1024], tiny[2];
	size_t n;

	say("getcwd(buf, 1024)", getcwd(here, sizeof(here)) ? 0 : -1);
	say("getcwd(buf, 1) too small", getcwd(tiny, 1) ? 0 : -1);
	say("getcwd(buf, 0)", getcwd(tiny, 0) ? 0 : -1);
	mkdir("cw", 0700);
	put_file("cw/inside", "in");
	say("chdir(cw)", chdir("cw"));
	say("getcwd after chdir", getcwd(there, sizeof(there)) ? 0 : -1);
	n = strlen(here);
	say("  is the old one + \"/cw\"",
	    strncmp(there, here, n) == 0 &&
		    strcmp(there + n, strcmp(here, "/") ? "/cw" : "cw") == 0);
	note("  a relative open: \"%s\"", get_file("inside"));
	say("chdir(inside) a file", chdir("inside"));
	say("chdir(missing)", chdir("missing"));
	say("chdir(\"\")", chdir(""));
	say("chdir(..)", chdir(".."));
	say("  getcwd is the old one",
	    getcwd(there, sizeof(there)) && strcmp(here, there) == 0);
	say("chdir(cw/.././cw//)", chdir("cw/.././cw//"));
	note("  a relative open: \"%s\"", get_file("inside"));
	chdir("..");
	say("chdir(/)", chdir("/"));
	say("  getcwd is /",
	    getcwd(there, sizeof(there)) && strcmp(there, "/") == 0);
	say("  rmdir(/)", rmdir("/"));
	say("  mkdir(/)", mkdir("/", 0700));
	say("chdir(the old absolute path)", chdir(here));
	unlink("cw/inside");
	rmdir("cw");
}

static void check_long_names(void)
{
	char name[NAME_LEN + 2], path[NAME_LEN + 8];
	struct stat st;
	int fd;

	memset(name, 'n', sizeof(name));
	name[NAME_LEN] = '\0';
	fd = open(name, O_RDWR | O_CREAT, 0600);
	sayfd("open(name of NAME_MAX bytes, O_CREAT)", fd);
	close(fd);
	say("  unlink it", unlink(name));
	name[NAME_LEN] = 'n';
	name[NAME_LEN + 1] = '\0';
	sayfd("open(name of NAME_MAX + 1 bytes, O_CREAT)",
	      open(name, O_RDWR | O_CREAT, 0600));
	say("mkdir(NAME_MAX + 1)", mkdir(name, 0700));
	say("stat(NAME_MAX + 1)", stat(name, &st));
	say("unlink(NAME_MAX + 1)", unlink(name));
	say("access(NAME_MAX + 1)", access(name, F_OK));
	memcpy(path, name, sizeof(name));
	strcat(path, "/x");
	say("stat(NAME_MAX + 1 as a directory)", stat(path, &st));
}

/* Spellings of one path: repeated slashes, ".", "..". */
static void check_spellings(void)
{
	mkdir("sp", 0700);
	mkdir("sp/in", 0700);
	put_file("sp/in/f", "spelt");
	note("sp//in///f: \"%s\"", get_file("sp//in///f"));
	note("./sp/./in/f: \"%s\"", get_file("./sp/./in/f"));
	note("sp/in/../in/f: \"%s\"", get_file("sp/in/../in/f"));
	note("sp/missing/../in/f: \"%s\"", get_file("sp/missing/../in/f"));
	note("sp/in/f/../f: \"%s\"", get_file("sp/in/f/../f"));
	say("mkdir(sp/in/..) exists", mkdir("sp/in/..", 0700));
	say("mkdir(sp//new//)", mkdir("sp//new//", 0700));
	say("rmdir(sp//new//)", rmdir("sp//new//"));
	say2("unlink(.) (POSIX: EPERM; Linux: EISDIR)", unlink("."), EISDIR,
	     EPERM);
	say("rmdir(.)", rmdir("."));
	sayfd("open(., O_RDONLY)", open(".", O_RDONLY));
	sayfd("open(.., O_RDONLY|O_DIRECTORY)",
	      open("..", O_RDONLY | O_DIRECTORY));
	unlink("sp/in/f");
	rmdir("sp/in");
	say("rmdir(sp/)", rmdir("sp/"));
}

void check_paths(void)
{
	check_spellings();
	check_mkdir();
	check_stat();
	check_cwd();
	check_long_names();
}
