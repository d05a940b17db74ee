/* SPDX-License-Identifier: BSD-3-Clause */
/* The cpio newc reader of uk/cpio.h. */
#include <string.h>
#include <uk/cpio.h>

#define HDR_LEN 110
#define F_MODE 1
#define F_MTIME 5
#define F_FILESIZE 6
#define F_NAMESIZE 11

/* Field i (0: c_ino ... 12: c_check) of header h, or -1 if not hex. */
static long field(const char *h, int i)
{
	const char *p = h + 6 + 8 * i;
	unsigned long v = 0;
	int k;

	for (k = 0; k < 8; k++) {
		char c = p[k];
		unsigned d;

		if (c >= '0' && c <= '9')
			d = (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			d = (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			d = (unsigned)(c - 'A' + 10);
		else
			return -1;
		v = v << 4 | d;
	}
	return (long)v;
}

static size_t pad4(size_t n) { return (n + 3) & ~(size_t)3; }

/* Non-zero if name has a ".." component. */
static int has_dotdot(const char *n)
{
	while (*n) {
		if (n[0] == '.' && n[1] == '.' && (n[2] == '/' || !n[2]))
			return 1;
		while (*n && *n != '/')
			n++;
		while (*n == '/')
			n++;
	}
	return 0;
}

int uk_cpio_next(const void *buf, size_t len, size_t *off,
		 struct uk_cpio_entry *e)
{
	const char *a = buf, *h, *name;
	long mode, mtime, fsize, nsize;
	size_t at = *off, data;

	if (at > len)
		return UK_CPIO_ETRUNC;
	h = a + at;
	/* The magic as far as there are bytes: garbage is not "truncated". */
	if (memcmp(h, "0707012", len - at < 5 ? len - at : 5) != 0 ||
	    (len - at > 5 && h[5] != '1' && h[5] != '2'))
		return UK_CPIO_EMAGIC;
	if (len - at < HDR_LEN)
		return UK_CPIO_ETRUNC;
	mode = field(h, F_MODE);
	mtime = field(h, F_MTIME);
	fsize = field(h, F_FILESIZE);
	nsize = field(h, F_NAMESIZE);
	if (mode < 0 || mtime < 0 || fsize < 0 || nsize < 0)
		return UK_CPIO_EHEADER;
	if (nsize < 1 || nsize > UK_CPIO_NAME_MAX + 1)
		return UK_CPIO_ENAME;
	if (len - at - HDR_LEN < (size_t)nsize)
		return UK_CPIO_ETRUNC;
	name = h + HDR_LEN;
	if (name[nsize - 1] != '\0' || memchr(name, '\0', (size_t)nsize - 1))
		return UK_CPIO_ENAME;
	data = pad4(at + HDR_LEN + (size_t)nsize);
	if (strcmp(name, "TRAILER!!!") == 0) {
		*off = data > len ? len : data;
		return 0;
	}
	if (data > len || len - data < (size_t)fsize)
		return UK_CPIO_ETRUNC;
	while (name[0] == '.' && name[1] == '/')
		name += 2;
	while (name[0] == '/')
		name++;
	if (name[0] == '.' && !name[1])
		name++;
	if (has_dotdot(name))
		return UK_CPIO_EDOTDOT;
	e->name = name;
	e->mode = (unsigned long)mode;
	e->mtime = (unsigned long)mtime;
	e->data = a + data;
	e->size = (size_t)fsize;
	*off = pad4(data + (size_t)fsize);
	if (*off > len)
		*off = len;
	return 1;
}

const char *uk_cpio_strerror(int err)
{
	switch (err) {
	case UK_CPIO_EMAGIC: return "not a cpio newc archive (bad magic)";
	case UK_CPIO_ETRUNC: return "truncated archive";
	case UK_CPIO_EHEADER: return "bad header field";
	case UK_CPIO_ENAME: return "bad member name";
	case UK_CPIO_EDOTDOT: return "member name with a '..' component";
	default: return "unknown error";
	}
}
