/* SPDX-License-Identifier: BSD-3-Clause */
/* Descriptor checks: open flags, read/write/lseek, pread/pwrite, ftruncate, dup, fcntl. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

/* The status flags worth comparing (Linux adds O_LARGEFILE on its own). */
#define FL_SHOWN (O_ACCMODE | O_APPEND | O_NONBLOCK)

static long size_of_fd(int fd)
{
	struct stat st;

	return fstat(fd, &st) < 0 ? -1 : (long)st.st_size;
}

void check_open(void)
{
	const char *got;
	char buf[16];
	struct stat st;
	int fd;

	fd = open("f", O_WRONLY | O_CREAT | O_EXCL, 0600);
	sayfd("open(f, O_CREAT|O_EXCL new)", fd);
	say("write(f, \"0123456789\")", write(fd, "0123456789", 10));
	say("close(f)", close(fd));
	sayfd("open(f, O_CREAT|O_EXCL existing)",
	      open("f", O_WRONLY | O_CREAT | O_EXCL, 0600));
	saymode("stat(f) mode & 0777",
		stat("f", &st) ? -1 : (long)(st.st_mode & 0777));
	fd = open("f", O_RDWR | O_CREAT, 0600);
	sayfd("open(f, O_RDWR|O_CREAT existing)", fd);
	say("  keeps the size", size_of_fd(fd));
	close(fd);
	fd = open("f", O_RDONLY | O_TRUNC);
	sayfd("open(f, O_RDONLY|O_TRUNC)", fd);
	close(fd);
	fd = open("f", O_RDWR | O_TRUNC);
	sayfd("open(f, O_RDWR|O_TRUNC)", fd);
	say("  size after O_TRUNC", size_of_fd(fd));
	say("  write(\"abc\")", write(fd, "abc", 3));
	close(fd);

	fd = open("f", O_WRONLY | O_APPEND);
	sayfd("open(f, O_WRONLY|O_APPEND)", fd);
	say("  lseek(0, SEEK_SET)", lseek(fd, 0, SEEK_SET));
	say("  write(\"de\")", write(fd, "de", 2));
	say("  offset after the append", lseek(fd, 0, SEEK_CUR));
	say("  read on O_WRONLY", read(fd, buf, 1));
	note("  f holds \"%s\"", get_file("f"));
	/*
	 * POSIX: pwrite() writes at its offset even under O_APPEND; Linux
	 * appends (its man page says so). Either placement is one line.
	 */
	say("  pwrite(\"Z\", 0) on O_APPEND", pwrite(fd, "Z", 1, 0));
	close(fd);
	got = get_file("f");
	note("  it wrote %s", strcmp(got, "Zbcde") && strcmp(got, "abcdeZ")
				      ? got
				      : "at 0 (POSIX) or at the end (Linux)");
	ftruncate(fd = open("f", O_RDWR), 5);
	close(fd);

	fd = open("f", O_RDONLY);
	sayfd("open(f, O_RDONLY)", fd);
	say("  write on O_RDONLY", write(fd, "x", 1));
	say("  pwrite on O_RDONLY", pwrite(fd, "x", 1, 0));
	say2("  ftruncate(O_RDONLY fd, 0) (POSIX: EBADF or EINVAL)",
	     ftruncate(fd, 0), EBADF, EINVAL);
	close(fd);

	sayfd("open(f, O_RDONLY|O_DIRECTORY)",
	      open("f", O_RDONLY | O_DIRECTORY));
	sayfd("open(f/, O_RDONLY) trailing slash", open("f/", O_RDONLY));
	sayfd("open(f/., O_RDONLY)", open("f/.", O_RDONLY));
	sayfd("open(f/x, O_RDWR|O_CREAT)", open("f/x", O_RDWR | O_CREAT, 0600));
	sayfd("open(missing/x, O_RDWR|O_CREAT)",
	      open("missing/x", O_RDWR | O_CREAT, 0600));
	sayfd("open(missing, O_RDONLY)", open("missing", O_RDONLY));
	sayfd("open(\"\", O_RDONLY)", open("", O_RDONLY));
	sayfd("open(newdir/, O_RDWR|O_CREAT)",
	      open("newdir/", O_RDWR | O_CREAT, 0600));
	say("  access(newdir, F_OK)", access("newdir", F_OK));

	say("mkdir(od)", mkdir("od", 0700));
	fd = open("od", O_RDONLY);
	sayfd("open(od, O_RDONLY)", fd);
	say("  read on a directory", read(fd, buf, sizeof(buf)));
	say("  write on a directory", write(fd, "x", 1));
	close(fd);
	fd = open("od", O_RDONLY | O_DIRECTORY);
	sayfd("open(od, O_RDONLY|O_DIRECTORY)", fd);
	close(fd);
	sayfd("open(od, O_WRONLY)", open("od", O_WRONLY));
	sayfd("open(od, O_RDWR)", open("od", O_RDWR));
	sayfd("open(od, O_RDONLY|O_CREAT)",
	      open("od", O_RDONLY | O_CREAT, 0600));
	sayfd("open(od, O_WRONLY|O_CREAT|O_EXCL)",
	      open("od", O_WRONLY | O_CREAT | O_EXCL, 0600));
	fd = open("od/", O_RDONLY);
	sayfd("open(od/, O_RDONLY)", fd);
	close(fd);
	fd = open("od", O_RDONLY);
	say("  pread on a directory", pread(fd, buf, 1, 0));
	say("  fsync of a directory", fsync(fd));
	{
		struct stat ds;

		say("  fstat of a directory: S_ISDIR",
		    fstat(fd, &ds) ? -1 : S_ISDIR(ds.st_mode) != 0);
		say("  st_blksize > 0", ds.st_blksize > 0);
	}
	close(fd);
	say("rmdir(od)", rmdir("od"));
	say("unlink(f)", unlink("f"));

	fd = creat("c", 0600);
	sayfd("creat(c)", fd);
	say("  F_GETFL", fcntl(fd, F_GETFL) & FL_SHOWN);
	say("  write(\"1234\")", write(fd, "1234", 4));
	close(fd);
	fd = creat("c", 0600);
	sayfd("creat(c) again truncates", fd);
	say("  size", size_of_fd(fd));
	close(fd);
	fd = open("c", O_RDWR | O_APPEND);
	sayfd("open(c, O_RDWR|O_APPEND)", fd);
	say("  write(\"ab\")", write(fd, "ab", 2));
	say("  lseek(0, SEEK_SET)", lseek(fd, 0, SEEK_SET));
	say("  read(2) from the start", read(fd, buf, 2));
	say("  write(\"cd\") still appends", write(fd, "cd", 2));
	say("  offset", lseek(fd, 0, SEEK_CUR));
	say("  F_SETFL O_NONBLOCK", fcntl(fd, F_SETFL, O_NONBLOCK));
	say("  F_GETFL (O_APPEND cleared, O_NONBLOCK set)",
	    fcntl(fd, F_GETFL) & FL_SHOWN);
	say("  write(\"e\") at the offset now", write(fd, "e", 1));
	close(fd);
	note("  c holds \"%s\"", get_file("c"));
	say("unlink(c)", unlink("c"));
}

/* pread 20 bytes at off into a buffer of 'q's; print the count and the zeros. */
static void zeros_at(int fd, off_t off, const char *what)
{
	char buf[20];
	int zeros = 0, i;

	memset(buf, 'q', sizeof(buf));
	say(what, pread(fd, buf, sizeof(buf), off));
	for (i = 0; i < 20; i++)
		zeros += buf[i] == 0;
	note("  zero bytes among them = %d", zeros);
}

void check_io(void)
{
	char buf[32];
	int fd = open("io", O_RDWR | O_CREAT | O_TRUNC, 0600);
	ssize_t n;

	sayfd("open(io, O_RDWR|O_CREAT|O_TRUNC)", fd);
	say("write(\"hello world\")", write(fd, "hello world", 11));
	say("write(len 0)", write(fd, "", 0));
	say("lseek(0, SEEK_CUR)", lseek(fd, 0, SEEK_CUR));
	say("lseek(0, SEEK_SET)", lseek(fd, 0, SEEK_SET));
	n = read(fd, buf, 5);
	say("read(5)", n);
	note("  read \"%.*s\"", n > 0 ? (int)n : 0, buf);
	say("read(len 0)", read(fd, buf, 0));
	say("lseek(1, SEEK_CUR)", lseek(fd, 1, SEEK_CUR));
	say("lseek(-3, SEEK_END)", lseek(fd, -3, SEEK_END));
	n = read(fd, buf, sizeof(buf));
	say("read(32) near the end", n);
	note("  read \"%.*s\"", n > 0 ? (int)n : 0, buf);
	say("read at end of file", read(fd, buf, sizeof(buf)));
	say("lseek(-1, SEEK_SET)", lseek(fd, -1, SEEK_SET));
	say("lseek(-100, SEEK_CUR)", lseek(fd, -100, SEEK_CUR));
	say("lseek(-100, SEEK_END)", lseek(fd, -100, SEEK_END));
	say("lseek(0, whence 99)", lseek(fd, 0, 99));
	say("  offset unchanged by failed seeks", lseek(fd, 0, SEEK_CUR));
	say("lseek(100, SEEK_SET) past the end", lseek(fd, 100, SEEK_SET));
	say("  size before writing", size_of_fd(fd));
	say("  read past the end", read(fd, buf, sizeof(buf)));
	say("  write(\"x\") at 100", write(fd, "x", 1));
	say("  size after", size_of_fd(fd));
	zeros_at(fd, 11, "pread(20, 11) in the hole");
	say("pread(4, 98) across the end", pread(fd, buf, 4, 98));
	say("pread at 200 (past the end)", pread(fd, buf, 4, 200));
	say("pread(offset -1)", pread(fd, buf, 1, -1));
	say("lseek(3, SEEK_SET)", lseek(fd, 3, SEEK_SET));
	say("pwrite(\"LL\", 2)", pwrite(fd, "LL", 2, 2));
	say("pread(5, 0)", pread(fd, buf, 5, 0));
	note("  pread \"%.5s\"", buf);
	say("  offset still", lseek(fd, 0, SEEK_CUR));
	say("pwrite(offset -1)", pwrite(fd, "x", 1, -1));

	say("ftruncate(20) shrinks", ftruncate(fd, 20));
	say("  size", size_of_fd(fd));
	say("  offset unchanged", lseek(fd, 0, SEEK_CUR));
	say("ftruncate(40) grows", ftruncate(fd, 40));
	say("  size", size_of_fd(fd));
	zeros_at(fd, 20, "  pread(20, 20) of the growth");
	say("ftruncate(3)", ftruncate(fd, 3));
	say("  pread(32, 0)", n = pread(fd, buf, sizeof(buf), 0));
	note("  pread \"%.*s\"", n > 0 ? (int)n : 0, buf);
	say("ftruncate(-1)", ftruncate(fd, -1));
	say("fsync", fsync(fd));
	say("close(io)", close(fd));
	say("close(io) again", close(fd));
	say("read on a closed fd", read(fd, buf, 1));
	say("write on a closed fd", write(fd, "x", 1));
	say("lseek on a closed fd", lseek(fd, 0, SEEK_SET));
	say("fsync on a closed fd", fsync(fd));
	say("ftruncate on a closed fd", ftruncate(fd, 0));
	say("close(-1)", close(-1));
	say("unlink(io)", unlink("io"));
}

void check_descriptors(void)
{
	int a = open("d0", O_RDWR | O_CREAT | O_TRUNC, 0600), b, c, d, e, fl;
	struct stat st;
	char buf[8];

	b = open("d0", O_RDONLY);
	c = open("d0", O_RDONLY);
	say("three opens are consecutive", b == a + 1 && c == b + 1);
	close(b);
	d = open("d0", O_RDONLY);
	say("open after close(middle) takes the lowest free", d == b);
	close(d);
	d = dup(a);
	say("dup takes the lowest free", d == b);
	say("write(a, \"abcdef\")", write(a, "abcdef", 6));
	say("  dup shares the offset", lseek(d, 0, SEEK_CUR));
	say("  lseek(dup, 2, SEEK_SET)", lseek(d, 2, SEEK_SET));
	say("  offset through the original", lseek(a, 0, SEEK_CUR));
	say("  F_GETFD of a dup", fcntl(d, F_GETFD));
	say("close(original), dup still reads", close(a));
	say("  read(dup, 4)", read(d, buf, 4));
	a = dup(d);
	say("dup(bad fd)", dup(-1));
	say("dup2(fd, fd) returns fd", dup2(d, d) == d);
	say("dup2(closed, fd)", dup2(b + 40, d));
	say("dup2(fd, -1)", dup2(d, -1));
	e = dup2(d, c);
	say("dup2(fd, open fd) returns it", e == c);
	say("  it now shares the offset", lseek(c, 0, SEEK_CUR));
	say("  and is writable (was O_RDONLY)", write(c, "g", 1));
	say("  size", fstat(c, &st) ? -1 : (long)st.st_size);

	e = fcntl(d, F_DUPFD, 20);
	say("fcntl(F_DUPFD, 20) >= 20", e >= 20);
	say("fcntl(F_DUPFD, 20) again is the next",
	    fcntl(d, F_DUPFD, 20) == e + 1);
	close(e + 1);
	say("fcntl(F_DUPFD, -1)", fcntl(d, F_DUPFD, -1));
	say("fcntl(bad fd, F_GETFL)", fcntl(-1, F_GETFL));
	say("fcntl(unknown command)", fcntl(d, 9999));
	say("F_GETFD", fcntl(e, F_GETFD));
	say("F_SETFD FD_CLOEXEC", fcntl(e, F_SETFD, FD_CLOEXEC));
	say("  F_GETFD", fcntl(e, F_GETFD));
	say("  dup clears it", fcntl(b = dup(e), F_GETFD));
	close(b);
	b = fcntl(e, F_DUPFD_CLOEXEC, 0);
	say("F_DUPFD_CLOEXEC sets it", fcntl(b, F_GETFD));
	say("  dup2 clears it", fcntl(dup2(b, b + 1), F_GETFD));
	close(b + 1);
	close(b);
	close(e);
	b = open("d0", O_RDONLY | O_CLOEXEC);
	say("open(O_CLOEXEC) F_GETFD", fcntl(b, F_GETFD));
	close(b);

	b = open("d0", O_RDWR);
	fl = fcntl(b, F_GETFL);
	say("F_GETFL of O_RDWR", fl < 0 ? -1 : fl & FL_SHOWN);
	say("F_SETFL O_APPEND", fcntl(b, F_SETFL, fl | O_APPEND));
	fl = fcntl(b, F_GETFL);
	say("  F_GETFL", fl < 0 ? -1 : fl & FL_SHOWN);
	lseek(b, 0, SEEK_SET);
	say("  write(\"h\") appends", write(b, "h", 1));
	say("  offset", lseek(b, 0, SEEK_CUR));
	say("F_SETFL O_RDONLY (access mode is kept)",
	    fcntl(b, F_SETFL, O_RDONLY));
	fl = fcntl(b, F_GETFL);
	say("  F_GETFL", fl < 0 ? -1 : fl & FL_SHOWN);
	close(b);
	b = open("d0", O_WRONLY | O_APPEND);
	fl = fcntl(b, F_GETFL);
	say("F_GETFL of O_WRONLY|O_APPEND", fl < 0 ? -1 : fl & FL_SHOWN);
	close(b);
	note("d0 holds \"%s\"", get_file("d0"));
	close(a);
	close(c);
	close(d);
	say("unlink(d0)", unlink("d0"));
}
