/* SPDX-License-Identifier: BSD-3-Clause */
/* The TLS segment of a linuxu image: its PT_TLS program header, read
 * through the ELF header the linker maps at the start of the image
 * (__ehdr_start; lld's default layout, which linuxu links with). */
#include <stdint.h>
#include "../../shared/tls.h"

#define PT_TLS 7

struct elf64_ehdr {
	unsigned char ident[16];
	uint16_t type, machine;
	uint32_t version;
	uint64_t entry, phoff, shoff;
	uint32_t flags;
	uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};

struct elf64_phdr {
	uint32_t type, flags;
	uint64_t offset, vaddr, paddr, filesz, memsz, align;
};

extern const struct elf64_ehdr __ehdr_start;

void plat_tls_image(struct plat_tls_image *img)
{
	const char *base = (const char *)&__ehdr_start;
	const struct elf64_phdr *ph;
	uint16_t i;

	*img = (struct plat_tls_image){ .align = 1 };
	for (i = 0; i < __ehdr_start.phnum; i++) {
		ph = (const struct elf64_phdr
			      *)(base + __ehdr_start.phoff +
				 (uint64_t)i * __ehdr_start.phentsize);
		if (ph->type != PT_TLS)
			continue;
		img->vaddr = (uintptr_t)ph->vaddr;
		img->filesz = (size_t)ph->filesz;
		img->memsz = (size_t)ph->memsz;
		img->align = ph->align ? (size_t)ph->align : 1;
		return;
	}
}
