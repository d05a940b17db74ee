/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * "fstest persist N": snapfs on vblk0 at /data. Checks what the mount
 * found, then runs N rounds (0: until killed) of: write /data/f<r % 4>
 * (the round's pattern), rewrite /data/round with r, fsync. Lines:
 *   persist: mounted generation G, round R consistent   (or INCONSISTENT: why)
 *   persist: round r synced
 * Consistent means: /data/round names a round R whose file holds round
 * R's pattern, and every other file holds the pattern of an earlier round.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/snapfs.h>

#define FILES 4
#define PATTERN_LEN 3000

static char want[PATTERN_LEN], got[PATTERN_LEN + 1];

/* Round r's contents of its file: "round r\n" repeated, cut to PATTERN_LEN. */
static void pattern(long r)
{
	char line[32];
	size_t n = (size_t)snprintf(line, sizeof(line), "round %ld\n", r), i;

	for (i = 0; i < PATTERN_LEN; i++)
		want[i] = line[i % n];
}

static long read_round(const char *path)
{
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, got, 32);
	close(fd);
	if (n <= 0)
		return -2;
	got[n] = '\0';
	return strtol(got, NULL, 10);
}

/* -1: the file does not exist; -2: not any round's pattern; else its round. */
static long file_round(int i)
{
	char path[32];
	ssize_t n;
	long r;
	int fd;

	snprintf(path, sizeof(path), "/data/f%d", i);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	n = read(fd, got, sizeof(got));
	close(fd);
	if (n != PATTERN_LEN || strncmp(got, "round ", 6) != 0)
		return -2;
	r = strtol(got + 6, NULL, 10);
	pattern(r);
	return memcmp(got, want, PATTERN_LEN) == 0 ? r : -2;
}

static long check(void)
{
	long round = read_round("/data/round"), fr;
	int i;

	if (round == -1) {
		for (i = 0; i < FILES; i++)
			if (file_round(i) != -1) {
				printf("persist: INCONSISTENT: f%d without a round file\n",
				       i);
				return -2;
			}
		return 0;
	}
	if (round < 1) {
		printf("persist: INCONSISTENT: bad round file\n");
		return -2;
	}
	for (i = 0; i < FILES; i++) {
		fr = file_round(i);
		if ((i == round % FILES && fr != round) || fr == -2 ||
		    fr > round || (fr >= 0 && fr % FILES != i)) {
			printf("persist: INCONSISTENT: round %ld, f%d holds %ld\n",
			       round, i, fr);
			return -2;
		}
	}
	return round;
}

static int write_file(const char *path, const char *data, size_t len, int sync)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644), r = 0;

	if (fd < 0 || write(fd, data, len) != (ssize_t)len ||
	    (sync && fsync(fd) < 0))
		r = -1;
	if (fd >= 0)
		close(fd);
	return r;
}

int persist(long rounds)
{
	char path[32], num[32];
	long gen, round, r;

	if (mkdir("/data", 0755) < 0 && errno != EEXIST)
		return 1;
	gen = uk_snapfs_mount("vblk0", "/data");
	if (gen < 0) {
		printf("persist: mount failed: %ld\n", gen);
		return 1;
	}
	round = check();
	if (round < 0)
		return 1;
	printf("persist: mounted generation %ld, round %ld consistent\n", gen,
	       round);
	for (r = round + 1; !rounds || r <= round + rounds; r++) {
		pattern(r);
		snprintf(path, sizeof(path), "/data/f%ld", r % FILES);
		snprintf(num, sizeof(num), "%ld\n", r);
		if (write_file(path, want, PATTERN_LEN, 0) < 0 ||
		    write_file("/data/round", num, strlen(num), 1) < 0) {
			printf("persist: round %ld failed: %s\n", r,
			       strerror(errno));
			return 1;
		}
		printf("persist: round %ld synced\n", r);
	}
	return 0;
}
