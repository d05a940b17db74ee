/* SPDX-License-Identifier: BSD-3-Clause */
/* Unpacking a cpio archive into the VFS, and the boot-time initrd. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/cpio.h>
#include <uk/init.h>
#include <uk/initrd.h>
#include <uk/plat/boot.h>
#include <uk/ukdebug.h>

/* mkdir -p of every directory above path (path is modified and restored). */
static int make_parents(char *path)
{
	char *s;
	int r;

	for (s = strchr(path + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		r = mkdir(path, 0755);
		*s = '/';
		if (r < 0 && errno != EEXIST)
			return -errno;
	}
	return 0;
}

static int put_file(const char *path, const struct uk_cpio_entry *e)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC,
		      (mode_t)(e->mode & 07777));
	ssize_t n = 0;
	int r = 0;

	if (fd < 0)
		return -errno;
	if (e->size)
		n = write(fd, e->data, e->size);
	if (n < 0)
		r = -errno;
	else if ((size_t)n != e->size)
		r = -ENOSPC;
	close(fd);
	/* The archive's mode exactly, whatever the umask or an older file's. */
	if (r == 0 && chmod(path, (mode_t)(e->mode & 07777)) < 0)
		r = -errno;
	if (r < 0)
		unlink(path);
	return r;
}

static int put_link(const char *path, const struct uk_cpio_entry *e)
{
	char *target = malloc(e->size + 1);
	int r;

	if (!target)
		return -ENOSPC;
	memcpy(target, e->data, e->size);
	target[e->size] = '\0';
	unlink(path); /* a link replaces what was there, as a file does */
	r = symlink(target, path) < 0 ? -errno : 0;
	free(target);
	return r;
}

/* One member at dest/name; 0, or -errno. */
static int put(char *path, const struct uk_cpio_entry *e)
{
	unsigned long type = e->mode & UK_CPIO_S_IFMT;
	int r = make_parents(path);

	if (r < 0)
		return r;
	if (type == UK_CPIO_S_IFDIR) {
		r = mkdir(path, (mode_t)(e->mode & 07777));
		if (r == 0) /* the mode exactly, whatever the umask */
			r = chmod(path, (mode_t)(e->mode & 07777));
		return r < 0 && errno != EEXIST ? -errno : 0;
	}
	if (type == UK_CPIO_S_IFREG)
		return put_file(path, e);
	if (type == UK_CPIO_S_IFLNK)
		return put_link(path, e);
	uk_pr_warn("initrd: %s: skipped (not a file, directory or link)\n",
		   path);
	return 0;
}

int uk_initrd_unpack(const void *buf, size_t len, const char *dest)
{
	static char path[UK_CPIO_NAME_MAX + 256];
	struct uk_cpio_entry e;
	size_t off = 0, at, dlen = strlen(dest);
	int n = 0, r;

	if (dlen && dest[dlen - 1] == '/')
		dlen--;
	if (dlen + 2 + UK_CPIO_NAME_MAX > sizeof(path))
		return -ENAMETOOLONG;
	for (;;) {
		at = off;
		r = uk_cpio_next(buf, len, &off, &e);
		if (r == 0)
			return n;
		if (r < 0) {
			uk_pr_err(
				"initrd: bad archive at byte %zu: %s; %d members unpacked\n",
				at, uk_cpio_strerror(r), n);
			return -EINVAL;
		}
		if (!e.name[0])
			continue;
		memcpy(path, dest, dlen);
		path[dlen] = '/';
		strcpy(path + dlen + 1, e.name);
		r = put(path, &e);
		if (r == -ENOSPC || r == -EFBIG) {
			uk_pr_err(
				"initrd: %s: too large for memory (%zu bytes); %d members unpacked\n",
				path, e.size, n);
			return -ENOSPC;
		}
		if (r < 0) {
			uk_pr_err("initrd: %s: cannot unpack (errno %d)\n",
				  path, -r);
			return r;
		}
		n++;
	}
}

#ifdef CONFIG_LIBINITRD_BOOT
static int initrd_boot(void)
{
	const struct ukplat_bootinfo *bi = uk_boot_info();
	int n;

	if (!bi || !bi->initrd || !bi->initrd_len)
		return 0;
	n = uk_initrd_unpack(bi->initrd, bi->initrd_len, "/");
	if (n >= 0)
		uk_pr_info("initrd: %d members unpacked into /\n", n);
	return 0; /* the reason was printed; main() still runs */
}
UK_BOOT_INIT(initrd_boot, UK_BOOT_INIT_FSFILL);
#endif
