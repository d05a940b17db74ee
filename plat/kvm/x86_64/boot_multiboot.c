/* SPDX-License-Identifier: BSD-3-Clause */
/* Multiboot v1 information block: memory map, command line, modules. */
#include "../common/rdmem.h"
#include "boot.h"
#include "bootinfo.h"

/* struct multiboot_info */
#define MBI_FLAGS 0
#define MBI_MEM_UPPER 8 /* KiB above 1 MiB */
#define MBI_CMDLINE 16
#define MBI_MODS_COUNT 20
#define MBI_MODS_ADDR 24
#define MBI_MMAP_LENGTH 44
#define MBI_MMAP_ADDR 48
#define MBI_SIZE 120 /* up to the framebuffer fields, generously */

#define MBI_FLAG_MEM (1u << 0)
#define MBI_FLAG_CMDLINE (1u << 2)
#define MBI_FLAG_MODS (1u << 3)
#define MBI_FLAG_MMAP (1u << 6)

/* struct multiboot_mod_list */
#define MOD_START 0
#define MOD_END 4
#define MOD_STRING 8
#define MOD_SIZE 16
#define MAX_MODS 16

/* mmap entries: u32 size (not counting itself), u64 addr, u64 len, u32 type */
#define MMAP_SIZE 0
#define MMAP_ADDR 4
#define MMAP_LEN 12
#define MMAP_TYPE 20
#define MMAP_TYPE_RAM 1

#define STR_MAX 65536

static void reserve_string(struct kvm_memmap *m, uint32_t s)
{
	if (s)
		kvm_memmap_reserve(m, s, kvm_strnlen(s, STR_MAX) + 1);
}

static const char *skip_first_word(const char *s)
{
	while (*s == ' ')
		s++;
	while (*s && *s != ' ')
		s++;
	while (*s == ' ')
		s++;
	return s;
}

void kvm_multiboot_read(uint32_t info, struct kvm_memmap *m,
			struct kvm_bootdata *out)
{
	uint32_t flags, i, n, mods, cmd, mmap = 0, mmap_len = 0;
	uint64_t p;

	out->proto = "multiboot";
	if (!info)
		return;
	flags = kvm_rd32(info + MBI_FLAGS);
	kvm_memmap_reserve(m, info, MBI_SIZE);

	if (flags & MBI_FLAG_CMDLINE) {
		cmd = kvm_rd32(info + MBI_CMDLINE);
		reserve_string(m, cmd);
		if (cmd)
			out->cmdline =
				skip_first_word((const char *)(uintptr_t)cmd);
	}
	if (flags & MBI_FLAG_MODS) {
		n = kvm_rd32(info + MBI_MODS_COUNT);
		mods = kvm_rd32(info + MBI_MODS_ADDR);
		if (n > MAX_MODS)
			n = MAX_MODS;
		kvm_memmap_reserve(m, mods, (uint64_t)n * MOD_SIZE);
		for (i = 0; i < n; i++) {
			uint32_t s = kvm_rd32(mods + i * MOD_SIZE + MOD_START);
			uint32_t e = kvm_rd32(mods + i * MOD_SIZE + MOD_END);

			if (e > s)
				kvm_memmap_reserve(m, s, e - s);
			if (i == 0 && e > s) {
				out->initrd = s;
				out->initrd_len = e - s;
			}
			reserve_string(
				m, kvm_rd32(mods + i * MOD_SIZE + MOD_STRING));
		}
	}
	if (flags & MBI_FLAG_MMAP) {
		mmap = kvm_rd32(info + MBI_MMAP_ADDR);
		mmap_len = kvm_rd32(info + MBI_MMAP_LENGTH);
		kvm_memmap_reserve(m, mmap, mmap_len);
	}

	/* All reservations are in: now the RAM. */
	if (mmap && mmap_len) {
		for (p = mmap;
		     p + MMAP_TYPE + 4 <= (uint64_t)mmap + mmap_len;) {
			uint32_t size = kvm_rd32(p + MMAP_SIZE);

			if (kvm_rd32(p + MMAP_TYPE) == MMAP_TYPE_RAM)
				kvm_memmap_add_ram(m, kvm_rd64(p + MMAP_ADDR),
						   kvm_rd64(p + MMAP_LEN));
			if (size < MMAP_TYPE)
				break; /* malformed: would not advance */
			p += (uint64_t)size + 4;
		}
	} else if (flags & MBI_FLAG_MEM) {
		kvm_memmap_add_ram(m, KVM_RAM_START,
				   (uint64_t)kvm_rd32(info + MBI_MEM_UPPER)
					   << 10);
	}
}
