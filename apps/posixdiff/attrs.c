/* SPDX-License-Identifier: BSD-3-Clause */
/* Attribute checks: umask, chmod/fchmod, truncate, realpath, mkstemp, fdatasync. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static long mode_of(const char *path)
{
	struct stat st;

	return stat(path, &st) ? -1 : (long)(st.st_mode & 07777);
}

static void check_modes(void)
{
	int fd;

	saymode("umask(027) returns the old mask (set by main)", umask(027));
	close(open("um", O_RDWR | O_CREAT, 0666));
	saymode("  open(O_CREAT, 0666) makes mode", mode_of("um"));
	saymode("  mkdir(0777) makes mode",
		mkdir("umd", 0777) ? -1 : mode_of("umd"));
	saymode("umask(0)", umask(0));
	say("chmod(um, 0604)", chmod("um", 0604));
	saymode("  mode", mode_of("um"));
	say("chmod(umd, 0700) a directory", chmod("umd", 0700));
	saymode("  mode", mode_of("umd"));
	say("chmod(missing)", chmod("missing", 0600));
	say("chmod(um/x)", chmod("um/x", 0600));
	symlink("um", "uml");
	say("chmod(uml) follows the link", chmod("uml", 0600));
	saymode("  mode of the target", mode_of("um"));
	fd = open("um", O_RDONLY);
	say("fchmod(fd, 0640)", fchmod(fd, 0640));
	saymode("  mode", mode_of("um"));
	say("fchmod(bad fd)", fchmod(-1, 0600));
	say("fdatasync(fd)", fdatasync(fd));
	say("fdatasync(bad fd)", fdatasync(-1));
	close(fd);
	unlink("uml");
	unlink("um");
	rmdir("umd");
}

static void check_truncate(void)
{
	struct stat st;

	put_file("tr", "0123456789");
	mkdir("trd", 0700);
	say("truncate(tr, 4)", truncate("tr", 4));
	note("  tr holds \"%s\"", get_file("tr"));
	say("truncate(tr, 8) grows", truncate("tr", 8));
	note("  tr holds \"%s\"", get_file("tr"));
	say("  size", stat("tr", &st) ? -1 : (long)st.st_size);
	say("truncate(tr, -1)", truncate("tr", -1));
	say("truncate(trd) a directory", truncate("trd", 0));
	say("truncate(missing)", truncate("missing", 0));
	say("truncate(tr/) trailing slash", truncate("tr/", 0));
	unlink("tr");
	rmdir("trd");
}

/* realpath(path) as seen from the working directory ("<cwd>/..."), or the errno. */
static void real(const char *path)
{
	char cwd[1024], *r = realpath(path, NULL);
	size_t n;

	if (!r) {
		note("realpath(%s) = NULL %s", path, ename(errno));
		return;
	}
	n = getcwd(cwd, sizeof(cwd)) ? strlen(cwd) : 0;
	if (n && strncmp(r, cwd, n) == 0)
		note("realpath(%s) = <cwd>%s", path, r + n);
	else
		note("realpath(%s) = outside the working directory", path);
	free(r);
}

static void check_realpath(void)
{
	char buf[1024];

	mkdir("rp", 0700);
	mkdir("rp/in", 0700);
	put_file("rp/in/f", "f");
	symlink("in", "rp/ln");
	real("rp");
	real("rp//in/./f");
	real("rp/in/../in/f");
	real("rp/ln/f");
	real("rp/ln");
	real("rp/in/");
	real(".");
	real("rp/missing");
	real("rp/in/f/");
	real("rp/in/f/x");
	say("realpath(rp, buf) returns buf", realpath("rp", buf) == buf);
	unlink("rp/ln");
	unlink("rp/in/f");
	rmdir("rp/in");
	rmdir("rp");
}

static void check_mkstemp(void)
{
	char name[16] = "mtXXXXXX", bad[16] = "mtXXXXX";
	struct stat st;
	int fd = mkstemp(name);

	sayfd("mkstemp(mtXXXXXX)", fd);
	say("  the X's were replaced", strncmp(name, "mt", 2) == 0 &&
					       strlen(name) == 8 &&
					       strcmp(name + 2, "XXXXXX") != 0);
	say("  the file exists, empty",
	    stat(name, &st) ? -1 : S_ISREG(st.st_mode) && st.st_size == 0);
	saymode("  mode", (long)(st.st_mode & 0777));
	say("  open for reading and writing", fcntl(fd, F_GETFL) & O_ACCMODE);
	close(fd);
	unlink(name);
	sayfd("mkstemp(mtXXXXX) five X's", mkstemp(bad));
	sayfd("mkstemp(\"\")", mkstemp((char[1]){ 0 }));
}

void check_attrs(void)
{
	check_modes();
	check_truncate();
	check_realpath();
	check_mkstemp();
}
