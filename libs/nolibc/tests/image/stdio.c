/* SPDX-License-Identifier: BSD-3-Clause */
/* stdio streams over an in-memory descriptor (memfile.h), and the standard streams. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <uk/fdtab.h>
#include <uk/test.h>

#include "memfile.h"

static FILE *mem_open(struct memfile *m, int flags, const char *mode)
{
	return fdopen(uk_fd_open(&mf_ops, m, flags), mode);
}

UK_TESTSUITE(stdio);

UK_TEST(stdio, full_buffering_until_fflush_and_fclose)
{
	struct memfile m = { .size = 0 };
	FILE *f = mem_open(&m, O_RDWR, "w+");

	UK_TEST_EXPECT(f != NULL);
	UK_TEST_EXPECT_EQ(fprintf(f, "%d-%s\n", 42, "x"), 5);
	UK_TEST_EXPECT_EQ(fputs("ab", f), 1);
	UK_TEST_EXPECT_EQ(fputc('c', f), 'c');
	UK_TEST_EXPECT_EQ(m.writes, 0);
	UK_TEST_EXPECT_EQ(ftell(f), 8);
	UK_TEST_EXPECT_EQ(fflush(f), 0);
	UK_TEST_EXPECT_EQ(m.writes, 1);
	UK_TEST_EXPECT_MEMEQ(m.data, "42-x\nabc", 8);
	UK_TEST_EXPECT_EQ(fwrite("defg", 2, 2, f), 2);
	UK_TEST_EXPECT_EQ(fclose(f), 0);
	UK_TEST_EXPECT_EQ(m.size, 12);
	UK_TEST_EXPECT_EQ(m.writes, 2);
}

UK_TEST(stdio, line_and_no_buffering)
{
	struct memfile m = { .size = 0 };
	FILE *f = mem_open(&m, O_WRONLY, "w");

	UK_TEST_EXPECT_EQ(setvbuf(f, NULL, _IOLBF, 64), 0);
	fputs("no newline", f);
	UK_TEST_EXPECT_EQ(m.writes, 0);
	fputs(" yet\nmore", f);
	UK_TEST_EXPECT_EQ(m.writes, 1);
	UK_TEST_EXPECT_EQ(m.size, 15);
	UK_TEST_EXPECT_EQ(setvbuf(f, NULL, _IONBF, 0), 0);
	UK_TEST_EXPECT_EQ(m.size, 19);
	fputc('!', f);
	UK_TEST_EXPECT_EQ(m.size, 20);
	UK_TEST_EXPECT_EQ(setvbuf(f, NULL, 7, 0), -1);
	fclose(f);
}

UK_TEST(stdio, reading_lines_bytes_blocks_and_eof)
{
	struct memfile m = { .size = 0 };
	char line[8], blk[16];
	FILE *f;

	memcpy(m.data, "first line\nab\nxyz", 17);
	m.size = 17;
	f = mem_open(&m, O_RDONLY, "r");
	UK_TEST_EXPECT_STREQ(fgets(line, sizeof(line), f), "first l");
	UK_TEST_EXPECT_STREQ(fgets(line, sizeof(line), f), "ine\n");
	UK_TEST_EXPECT_EQ(fgetc(f), 'a');
	UK_TEST_EXPECT_EQ(ungetc('Q', f), 'Q');
	UK_TEST_EXPECT_EQ(getc(f), 'Q');
	UK_TEST_EXPECT_EQ(getc(f), 'b');
	UK_TEST_EXPECT_EQ(fread(blk, 1, sizeof(blk), f), 4);
	UK_TEST_EXPECT_MEMEQ(blk, "\nxyz", 4);
	UK_TEST_EXPECT(feof(f));
	UK_TEST_EXPECT(!ferror(f));
	UK_TEST_EXPECT_EQ(fgetc(f), EOF);
	UK_TEST_EXPECT(fgets(line, sizeof(line), f) == NULL);
	clearerr(f);
	UK_TEST_EXPECT(!feof(f));
	errno = 0;
	UK_TEST_EXPECT_EQ(fputc('x', f), EOF);
	UK_TEST_EXPECT(ferror(f));
	UK_TEST_EXPECT_EQ(errno, EBADF);
	fclose(f);
}

UK_TEST(stdio, seek_tell_rewind_and_read_after_write)
{
	struct memfile m = { .size = 0 };
	FILE *f = mem_open(&m, O_RDWR, "r+");
	char buf[8] = { 0 };
	fpos_t pos;

	fputs("0123456789", f);
	UK_TEST_EXPECT_EQ(ftell(f), 10);
	UK_TEST_EXPECT_EQ(fseek(f, 2, SEEK_SET), 0);
	UK_TEST_EXPECT_EQ(fgetc(f), '2');
	UK_TEST_EXPECT_EQ(ftell(f), 3);
	UK_TEST_EXPECT_EQ(fseek(f, 2, SEEK_CUR), 0);
	UK_TEST_EXPECT_EQ(fgetc(f), '5');
	UK_TEST_EXPECT_EQ(fgetpos(f, &pos), 0);
	UK_TEST_EXPECT_EQ(fseek(f, -1, SEEK_END), 0);
	UK_TEST_EXPECT_EQ(fgetc(f), '9');
	UK_TEST_EXPECT_EQ(fsetpos(f, &pos), 0);
	UK_TEST_EXPECT_EQ(fread(buf, 1, 2, f), 2);
	UK_TEST_EXPECT_STREQ(buf, "67");
	/* A write after reading goes where the reader was. */
	UK_TEST_EXPECT_EQ(fseeko(f, 0, SEEK_CUR), 0);
	fputs("AB", f);
	rewind(f);
	UK_TEST_EXPECT_EQ(ftello(f), 0);
	UK_TEST_EXPECT_EQ(fread(buf, 1, 8, f), 8);
	UK_TEST_EXPECT_MEMEQ(buf, "01234567", 8);
	UK_TEST_EXPECT_EQ(fgetc(f), 'A');
	UK_TEST_EXPECT_EQ(fseek(f, 0, 9), -1);
	fclose(f);
	UK_TEST_EXPECT_MEMEQ(m.data, "01234567AB", 10);
}

UK_TEST(stdio, fdopen_modes_fileno_and_append)
{
	struct memfile m = { .size = 3 };
	int fd = uk_fd_open(&mf_ops, &m, O_RDONLY);
	FILE *f;

	memcpy(m.data, "abc", 3);
	errno = 0;
	UK_TEST_EXPECT(fdopen(fd, "w") == NULL);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	errno = 0;
	UK_TEST_EXPECT(fdopen(fd, "q") == NULL);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	close(fd);
	fd = uk_fd_open(&mf_ops, &m, O_WRONLY | O_APPEND);
	f = fdopen(fd, "a");
	UK_TEST_EXPECT_EQ(fileno(f), fd);
	errno = 0;
	fputs("def", f);
	/* Pending appended output is at the end, not at the offset (0). */
	UK_TEST_EXPECT_EQ(ftell(f), 6);
	/* The stream's own tty check leaves no ENOTTY behind. */
	UK_TEST_EXPECT_EQ(errno, 0);
	fclose(f);
	UK_TEST_EXPECT_EQ(m.size, 6);
	UK_TEST_EXPECT_MEMEQ(m.data, "abcdef", 6);
	errno = 0;
	UK_TEST_EXPECT_EQ(close(fd), -1); /* fclose closed it */
	UK_TEST_EXPECT_EQ(errno, EBADF);
}

UK_TEST(stdio, no_file_system_fopen_remove_rename_tmpfile)
{
	errno = 0;
	UK_TEST_EXPECT(fopen("/nope", "r") == NULL);
	UK_TEST_EXPECT_EQ(errno, ENOENT);
	errno = 0;
	UK_TEST_EXPECT(fopen("/nope", "z") == NULL);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	errno = 0;
	UK_TEST_EXPECT_EQ(remove("/nope"), -1);
	UK_TEST_EXPECT_EQ(errno, ENOENT);
	errno = 0;
	UK_TEST_EXPECT_EQ(rename("/a", "/b"), -1);
	UK_TEST_EXPECT_EQ(errno, ENOENT);
	errno = 0;
	UK_TEST_EXPECT(tmpfile() == NULL);
	UK_TEST_EXPECT_EQ(errno, ENOENT);
}

UK_TEST(stdio, standard_streams)
{
	UK_TEST_EXPECT_EQ(fileno(stdin), 0);
	UK_TEST_EXPECT_EQ(fileno(stdout), 1);
	UK_TEST_EXPECT_EQ(fileno(stderr), 2);
	UK_TEST_EXPECT_EQ(printf("stdio: stdout "), 14);
	UK_TEST_EXPECT_EQ(fflush(NULL), 0);
	UK_TEST_EXPECT_EQ(puts("ok"), 1);
	errno = ENOENT;
	perror("stdio: perror");
	fprintf(stderr, "stdio: stderr ok\n");
	errno = 0;
	UK_TEST_EXPECT_EQ(fputc('x', stdin), EOF);
	UK_TEST_EXPECT_EQ(errno, EBADF);
	clearerr(stdin);
}
