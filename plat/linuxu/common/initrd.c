/* SPDX-License-Identifier: BSD-3-Clause */
/* linuxu's initrd: the file named by UK_INITRD, mapped read-only. */
#include <stddef.h>
#include <uk/plat/boot.h>
#include "../../shared/kprint.h"
#include "linuxu.h"

#define ENV_NAME "UK_INITRD="
#define ENV_LEN (sizeof(ENV_NAME) - 1)
#define O_RDONLY 0
#define SEEK_END 2

static const char *env_initrd(unsigned long *sp)
{
	char **envp = (char **)(sp + 1 + sp[0] + 1);
	size_t i;

	for (; *envp; envp++) {
		for (i = 0; i < ENV_LEN && (*envp)[i] == ENV_NAME[i]; i++)
			;
		if (i == ENV_LEN)
			return *envp + ENV_LEN;
	}
	return NULL;
}

static void fail(const char *path, const char *why, long err)
{
	plat_puts("linuxu: initrd ");
	plat_puts(path);
	plat_puts(": ");
	plat_puts(why);
	plat_puts(" (errno ");
	plat_putdec(-err);
	plat_puts(")\n");
}

void linuxu_initrd(unsigned long *sp, struct ukplat_bootinfo *bi)
{
	const char *path = env_initrd(sp);
	long fd, len, addr;

	if (!path || !*path)
		return;
	fd = linuxu_openat(LINUXU_AT_FDCWD, path, O_RDONLY);
	if (fd < 0) {
		fail(path, "cannot open", fd);
		return;
	}
	len = linuxu_lseek((int)fd, 0, SEEK_END);
	if (len <= 0) {
		if (len < 0)
			fail(path, "cannot size", len);
		linuxu_close((int)fd);
		return;
	}
	addr = linuxu_mmap(NULL, (size_t)len, LINUXU_PROT_READ,
			   LINUXU_MAP_PRIVATE, (int)fd, 0);
	linuxu_close((int)fd);
	if (addr < 0 && addr >= -4095) {
		fail(path, "cannot map", addr);
		return;
	}
	bi->initrd = (const void *)addr;
	bi->initrd_len = (size_t)len;
}
