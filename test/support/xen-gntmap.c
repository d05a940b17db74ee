/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * xen-gntmap: a dom0 helper for the Xen boot tests. Maps the page domain
 * DOMID granted as REF through Linux's gntdev (/dev/xen/gntdev), prints
 * its first line, writes TEXT (NUL-terminated) at its start, creates
 * the file READY, then keeps the mapping until the file RELEASE exists
 * (at most 60 s), unmaps it and exits 0.
 *
 *   usage: xen-gntmap DOMID REF TEXT READY RELEASE
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
/* gntdev.h uses these without defining them (Xen's grant_table.h and xen.h). */
typedef uint32_t grant_ref_t;
typedef uint16_t domid_t;
#include <xen/gntdev.h>

static void fail(const char *what)
{
	perror(what);
	exit(1);
}

int main(int argc, char **argv)
{
	struct ioctl_gntdev_map_grant_ref map = { .count = 1 };
	struct ioctl_gntdev_unmap_grant_ref unmap = { .count = 1 };
	struct timespec tick = { 0, 50 * 1000 * 1000 };
	char *page;
	int fd, i;

	if (argc != 6) {
		fprintf(stderr, "usage: %s DOMID REF TEXT READY RELEASE\n",
			argv[0]);
		return 2;
	}
	fd = open("/dev/xen/gntdev", O_RDWR);
	if (fd < 0)
		fail("/dev/xen/gntdev");
	map.refs[0].domid = (uint32_t)strtoul(argv[1], NULL, 0);
	map.refs[0].ref = (uint32_t)strtoul(argv[2], NULL, 0);
	if (ioctl(fd, IOCTL_GNTDEV_MAP_GRANT_REF, &map))
		fail("IOCTL_GNTDEV_MAP_GRANT_REF");
	page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd,
		    (off_t)map.index);
	if (page == MAP_FAILED)
		fail("mmap of the grant");
	printf("%.*s\n", (int)strnlen(page, 200), page);
	fflush(stdout);
	memcpy(page, argv[3], strlen(argv[3]) + 1);
	if (close(open(argv[4], O_CREAT | O_WRONLY, 0644)))
		fail(argv[4]);
	for (i = 0; i < 1200 && access(argv[5], F_OK); i++)
		nanosleep(&tick, NULL);
	if (munmap(page, 4096))
		fail("munmap");
	unmap.index = map.index;
	if (ioctl(fd, IOCTL_GNTDEV_UNMAP_GRANT_REF, &unmap))
		fail("IOCTL_GNTDEV_UNMAP_GRANT_REF");
	return 0;
}
