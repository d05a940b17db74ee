/* SPDX-License-Identifier: BSD-3-Clause */
/* xenstored's error replies are errno names (io/xs_wire.h's xsd_errors). */
#include <errno.h>
#include <string.h>
#include <uk/xenstore.h>

static const struct {
	const char *name;
	int value;
} names[] = {
	{ "EINVAL", EINVAL },	    { "EACCES", EACCES },
	{ "EEXIST", EEXIST },	    { "EISDIR", EISDIR },
	{ "ENOENT", ENOENT },	    { "ENOMEM", ENOMEM },
	{ "ENOSPC", ENOSPC },	    { "EIO", EIO },
	{ "ENOTEMPTY", ENOTEMPTY }, { "ENOSYS", ENOSYS },
	{ "EROFS", EROFS },	    { "EBUSY", EBUSY },
	{ "EAGAIN", EAGAIN },	    { "EISCONN", EISCONN },
	{ "E2BIG", E2BIG },	    { "EPERM", EPERM },
};

int uk_xs_errno(const char *name)
{
	unsigned int i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i].name) == 0)
			return names[i].value;
	return EIO;
}
