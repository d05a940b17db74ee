/* SPDX-License-Identifier: BSD-3-Clause */
/* A 64-byte in-memory file behind a descriptor (uk/fdtab.h), shared by the fd and stdio tests. */
#ifndef NOLIBC_TESTS_MEMFILE_H
#define NOLIBC_TESTS_MEMFILE_H

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <uk/fdtab.h>

struct memfile {
	char data[64];
	off_t size;
	int released;
	int writes; /* write() calls that reached the file */
};

static inline ssize_t mf_pread(struct uk_ofile *of, void *buf, size_t len,
			       off_t off)
{
	struct memfile *m = of->priv;

	if (off >= m->size)
		return 0;
	if ((off_t)len > m->size - off)
		len = (size_t)(m->size - off);
	memcpy(buf, m->data + off, len);
	return (ssize_t)len;
}

static inline ssize_t mf_pwrite(struct uk_ofile *of, const void *buf,
				size_t len, off_t off)
{
	struct memfile *m = of->priv;

	if (off + (off_t)len > (off_t)sizeof(m->data))
		return -ENOSPC;
	memcpy(m->data + off, buf, len);
	if (off + (off_t)len > m->size)
		m->size = off + (off_t)len;
	return (ssize_t)len;
}

static inline ssize_t mf_read(struct uk_ofile *of, void *buf, size_t len,
			      off_t *pos)
{
	ssize_t n = mf_pread(of, buf, len, *pos);

	if (n > 0)
		*pos += n;
	return n;
}

static inline ssize_t mf_write(struct uk_ofile *of, const void *buf, size_t len,
			       off_t *pos)
{
	struct memfile *m = of->priv;
	ssize_t n;

	if (of->flags & O_APPEND)
		*pos = m->size;
	n = mf_pwrite(of, buf, len, *pos);
	if (n > 0)
		*pos += n;
	m->writes++;
	return n;
}

static inline off_t mf_seek(struct uk_ofile *of, off_t off, int whence,
			    off_t cur)
{
	struct memfile *m = of->priv;
	off_t base = whence == SEEK_SET	  ? 0
		     : whence == SEEK_CUR ? cur
					  : m->size;

	if (base + off < 0)
		return -EINVAL;
	return base + off;
}

static inline int mf_release(struct uk_ofile *of)
{
	((struct memfile *)of->priv)->released++;
	return 0;
}

static const struct uk_fdops mf_ops = {
	.read = mf_read,
	.write = mf_write,
	.pread = mf_pread,
	.pwrite = mf_pwrite,
	.seek = mf_seek,
	.release = mf_release,
};

#endif /* NOLIBC_TESTS_MEMFILE_H */
