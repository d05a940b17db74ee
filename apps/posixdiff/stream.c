/* SPDX-License-Identifier: BSD-3-Clause */
/* stdio checks: fopen modes, positions, lines, ungetc, status flags, freopen, tmpfile. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

/* fgets into a printable line: the text without its "\n", or NULL. */
static void gets_line(const char *what, FILE *f)
{
	char buf[64];
	size_t n;

	if (!fgets(buf, sizeof(buf), f)) {
		note("%s = NULL (feof %d, ferror %d)", what, feof(f) != 0,
		     ferror(f) != 0);
		return;
	}
	n = strlen(buf);
	note("%s = \"%.*s\"%s", what,
	     (int)(n && buf[n - 1] == '\n' ? n - 1 : n), buf,
	     n && buf[n - 1] == '\n' ? " + newline" : "");
}

static void check_modes(void)
{
	FILE *f;

	errno = 0;
	sayp("fopen(missing, r)", fopen("missing", "r"));
	sayp("fopen(st, z) bad mode", fopen("st", "z"));
	f = fopen("st", "w");
	sayp("fopen(st, w)", f);
	say("  fputs(\"line1\\nline2\\n\")", fputs("line1\nline2\n", f) >= 0);
	say("  ftell", ftell(f));
	SAYC("  fgetc on a w stream", fgetc(f));
	say("  ferror", ferror(f) != 0);
	clearerr(f);
	say("  ferror after clearerr", ferror(f) != 0);
	say("  fflush", fflush(f));
	note("  st holds \"%s\" after fflush", get_file("st"));
	say("  fclose", fclose(f));

	f = fopen("st", "a");
	sayp("fopen(st, a)", f);
	say("  fputs(\"line3\\n\")", fputs("line3\n", f) >= 0);
	say("  ftell after an append", ftell(f));
	say("  fclose", fclose(f));

	f = fopen("st", "r");
	sayp("fopen(st, r)", f);
	gets_line("  fgets", f);
	gets_line("  fgets", f);
	say("  ftell", ftell(f));
	gets_line("  fgets", f);
	gets_line("  fgets at the end", f);
	say("  feof", feof(f) != 0);
	SAYC("  fputc on an r stream", fputc('x', f));
	say("  ferror", ferror(f) != 0);
	clearerr(f);
	say("  feof and ferror after clearerr", feof(f) || ferror(f));
	say("  fseek(3, SEEK_SET)", fseek(f, 3, SEEK_SET));
	say("  ftell", ftell(f));
	SAYC("  fgetc", fgetc(f));
	SAYC("  ungetc('Z')", ungetc('Z', f));
	say("  ftell after ungetc", ftell(f));
	SAYC("  fgetc", fgetc(f));
	SAYC("  fgetc", fgetc(f));
	say("  fseek(-2, SEEK_END)", fseek(f, -2, SEEK_END));
	say("  ftell", ftell(f));
	say("  fseek(-100, SEEK_CUR)", fseek(f, -100, SEEK_CUR));
	say("  ftell unchanged", ftell(f));
	SAYC("  fgetc", fgetc(f));
	SAYC("  fgetc", fgetc(f));
	SAYC("  fgetc at the end", fgetc(f));
	say("  feof", feof(f) != 0);
	SAYC("  ungetc('q') clears feof", ungetc('q', f) == 'q' && !feof(f));
	SAYC("  fgetc", fgetc(f));
	SAYC("  fgetc", fgetc(f));
	SAYC("  ungetc(EOF)", ungetc(EOF, f));
	rewind(f);
	say("  rewind then ftell", ftell(f));
	{
		char one[1] = { 'x' };

		say("  fgets(size 1) returns s",
		    fgets(one, 1, f) == one && !one[0]);
	}
	say("  fclose", fclose(f));

	f = fopen("st", "r+");
	sayp("fopen(st, r+)", f);
	gets_line("  fgets", f);
	say("  fseek(0, SEEK_CUR) before writing", fseek(f, 0, SEEK_CUR));
	say("  fputs(\"LINE2\")", fputs("LINE2", f) >= 0);
	say("  fseek(0, SEEK_SET) before reading", fseek(f, 0, SEEK_SET));
	gets_line("  fgets", f);
	gets_line("  fgets", f);
	say("  fclose", fclose(f));

	f = fopen("st", "a+");
	sayp("fopen(st, a+)", f);
	say("  fputs(\"line4\\n\")", fputs("line4\n", f) >= 0);
	say("  fseek(0, SEEK_SET)", fseek(f, 0, SEEK_SET));
	gets_line("  fgets from the start", f);
	say("  fseek(0, SEEK_SET)", fseek(f, 0, SEEK_SET));
	say("  fputs(\"line5\\n\") still appends", fputs("line5\n", f) >= 0);
	say("  fflush", fflush(f));
	say("  ftell after the flush", ftell(f));
	say("  fclose", fclose(f));
	note("st holds \"%s\"", get_file("st"));

	f = fopen("st", "w+");
	sayp("fopen(st, w+) truncates", f);
	SAYC("  fgetc of the empty file", fgetc(f));
	say("  fwrite(\"abc\", 1, 3)", (long)fwrite("abc", 1, 3, f));
	rewind(f);
	{
		char buf[8] = { 0 };

		say("  fread(1, 8) after rewind", (long)fread(buf, 1, 8, f));
		note("  fread \"%s\", feof %d", buf, feof(f) != 0);
	}
	say("  fseek(10, SEEK_SET) past the end", fseek(f, 10, SEEK_SET));
	SAYC("  fputc('z')", fputc('z', f));
	say("  fclose", fclose(f));
	{
		FILE *g = fopen("st", "r");
		int c, zeros = 0, n = 0;

		while ((c = fgetc(g)) != EOF) {
			zeros += c == 0;
			n++;
		}
		note("st: %d bytes, %d of them zero", n, zeros);
		fclose(g);
	}
	sayp("fopen(st, wx) existing", fopen("st", "wx"));
	sayp("fopen(missing, r+)", fopen("missing", "r+"));
	remove("st");
	f = fopen("st", "wb+");
	sayp("fopen(st, wb+)", f);
	{
		struct stat st;

		saymode("  mode of the new file (0666, umask 022)",
			stat("st", &st) ? -1 : (long)(st.st_mode & 0777));
	}
	fclose(f);
	f = fopen("st", "r+b");
	sayp("fopen(st, r+b)", f);
	SAYC("  fputc", fputc('b', f));
	fclose(f);
	f = fopen("st", "rb+");
	sayp("fopen(st, rb+)", f);
	SAYC("  fgetc", fgetc(f));
	fclose(f);
}

/* freopen() of stdout onto a file, then the descriptor put back. */
static void check_stdout_reopen(void)
{
	int saved = dup(STDOUT_FILENO), fd;
	FILE *f;

	f = freopen("so", "w", stdout);
	fd = f ? fileno(f) : -1;
	printf("printed into the file %d\n", 42);
	fflush(stdout);
	dup2(saved, STDOUT_FILENO);
	close(saved);
	clearerr(stdout);
	setvbuf(stdout, NULL, _IONBF, 0);
	sayp("freopen(so, w, stdout)", f);
	say("  stdout's descriptor is still 1", fd == STDOUT_FILENO);
	note("  so holds \"%s\"", get_file("so"));
	remove("so");
}

static void check_reopen(void)
{
	FILE *f, *g;

	put_file("o1", "first\n");
	put_file("o2", "second\n");
	f = fopen("o1", "r");
	gets_line("fgets(o1)", f);
	g = freopen("o2", "r", f);
	sayp("freopen(o2, r, f)", g);
	if (g) {
		gets_line("  fgets", g);
		say("  fclose", fclose(g));
	}
	f = fopen("o1", "r");
	sayp("freopen(missing, r, f)", freopen("missing", "r", f));

	f = tmpfile();
	sayp("tmpfile()", f);
	if (f) {
		say("  fputs(\"tmp\\n\")", fputs("tmp\n", f) >= 0);
		rewind(f);
		gets_line("  fgets after rewind", f);
		say("  fclose", fclose(f));
	}
	check_stdout_reopen();
	say("remove(o1) a file", remove("o1"));
	say("remove(o1) again", remove("o1"));
	mkdir("od", 0700);
	say("remove(od) an empty directory", remove("od"));
	say("  access(od)", access("od", F_OK));
	say("remove(o2)", remove("o2"));
	say("remove(st)", remove("st"));
	say("fflush(NULL)", fflush(NULL));
}

static void check_streams(void)
{
	FILE *f;
	long pos;
	int fd;

	put_file("sx", "0123456789");
	f = fopen("sx", "r");
	fd = fileno(f);
	SAYC("fgetc(sx)", fgetc(f));
	say("  fflush of an input stream", fflush(f));
	say("  the descriptor's offset is the stream's",
	    lseek(fd, 0, SEEK_CUR));
	SAYC("  ungetc('u')", ungetc('u', f));
	say("  fseek(0, SEEK_CUR) drops the pushed-back byte",
	    fseek(f, 0, SEEK_CUR));
	SAYC("  fgetc", fgetc(f));
	say("  fclose", fclose(f));
	say("  its descriptor is closed", fcntl(fd, F_GETFD));
	fd = open("sx", O_RDONLY);
	sayp("fdopen(O_RDONLY fd, w)", fdopen(fd, "w"));
	f = fdopen(fd, "r");
	sayp("fdopen(O_RDONLY fd, r)", f);
	SAYC("  fgetc", fgetc(f));
	say("  fclose", fclose(f));
	f = fopen("sx", "a");
	pos = ftell(f);
	/* C: a new append stream starts at 0 or at the end, implementation-defined. */
	note("ftell of a new a stream = %s",
	     pos == 0 || pos == 10 ? "0 or the end" : "other");
	say("  fputc", fputc('!', f) == '!');
	say("  ftell", ftell(f));
	say("  fclose", fclose(f));
	f = fopen("sx", "r");
	say("setvbuf(_IONBF)", setvbuf(f, NULL, _IONBF, 0));
	SAYC("  fgetc", fgetc(f));
	say("  the descriptor's offset", lseek(fileno(f), 0, SEEK_CUR));
	say("setvbuf(bad mode) fails", setvbuf(f, NULL, 99, 0) != 0);
	fclose(f);
	mkdir("sdir", 0700);
	put_file("sdir/x", "x");
	sayp("fopen(sdir, w) a directory", fopen("sdir", "w"));
	sayp("fopen(sdir, r+) a directory", fopen("sdir", "r+"));
	sayp("fopen(missing/x, w)", fopen("missing/x", "w"));
	sayp("fopen(sx/x, w) through a file", fopen("sx/x", "w"));
	say2("remove(sdir) not empty (POSIX: ENOTEMPTY or EEXIST)",
	     remove("sdir"), ENOTEMPTY, EEXIST);
	remove("sdir/x");
	say("remove(sdir)", remove("sdir"));
	say("rename(sx, sy)", rename("sx", "sy"));
	note("  sy holds \"%s\"", get_file("sy"));
	f = fopen("sy", "r");
	{
		char buf[16], line[4];

		say("fread(4, 3) of 11 bytes: whole items",
		    (long)fread(buf, 4, 3, f));
		say("  feof", feof(f) != 0);
		rewind(f);
		say("  rewind clears feof", feof(f) != 0);
		say("fgets(4) of a longer line",
		    fgets(line, sizeof(line), f) != NULL);
		note("  got \"%s\"", line);
		fgets(line, sizeof(line), f);
		note("  then \"%s\"", line);
	}
	fclose(f);
	f = fopen("sy", "w");
	say("fprintf(\"%d-%s\", 42, \"x\")", fprintf(f, "%d-%s", 42, "x"));
	fclose(f);
	note("  sy holds \"%s\"", get_file("sy"));
	say("remove(sy)", remove("sy"));
}

void check_stdio(void)
{
	check_modes();
	check_streams();
	check_reopen();
}
