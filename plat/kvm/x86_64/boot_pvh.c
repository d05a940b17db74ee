/* SPDX-License-Identifier: BSD-3-Clause */
/* PVH hvm_start_info: memory map, command line, modules, RSDP. */
#include <stdbool.h>
#include "../common/rdmem.h"
#include "boot.h"
#include "bootinfo.h"

/* struct hvm_start_info */
#define SI_MAGIC 0
#define SI_VERSION 4
#define SI_NR_MODULES 12
#define SI_MODLIST 16
#define SI_CMDLINE 24
#define SI_RSDP 32
#define SI_MEMMAP 40
#define SI_MEMMAP_ENTRIES 48
#define SI_SIZE 56
#define SI_MAGIC_VALUE 0x336ec578

/* struct hvm_modlist_entry */
#define MOD_PADDR 0
#define MOD_SIZE 8
#define MOD_CMDLINE 16
#define MOD_ENTRY_SIZE 32
#define MAX_MODS 16

/* struct hvm_memmap_table_entry */
#define MM_ADDR 0
#define MM_SIZE 8
#define MM_TYPE 16
#define MM_ENTRY_SIZE 24
#define MM_TYPE_RAM 1
#define MAX_MEMMAP 128

#define STR_MAX 65536

/* A loader pointer is usable if it is non-zero and identity-mapped. */
static bool mapped(uint64_t a, uint64_t len)
{
	return a && a < KVM_IDMAP_END && len <= KVM_IDMAP_END - a;
}

static void reserve_string(struct kvm_memmap *m, uint64_t s)
{
	if (mapped(s, 1))
		kvm_memmap_reserve(m, s, kvm_strnlen(s, STR_MAX) + 1);
}

void kvm_pvh_read(uint32_t info, struct kvm_memmap *m, struct kvm_bootdata *out)
{
	uint64_t cmd, mods, mm = 0, i;
	uint32_t n, mm_n = 0;

	out->proto = "pvh";
	if (!info || kvm_rd32(info + SI_MAGIC) != SI_MAGIC_VALUE)
		return;
	kvm_memmap_reserve(m, info, SI_SIZE);

	cmd = kvm_rd64(info + SI_CMDLINE);
	reserve_string(m, cmd);
	if (mapped(cmd, 1))
		out->cmdline = (const char *)(uintptr_t)cmd;
	out->rsdp = kvm_rd64(info + SI_RSDP);

	n = kvm_rd32(info + SI_NR_MODULES);
	mods = kvm_rd64(info + SI_MODLIST);
	if (n > MAX_MODS)
		n = MAX_MODS;
	if (n && mapped(mods, (uint64_t)n * MOD_ENTRY_SIZE)) {
		kvm_memmap_reserve(m, mods, (uint64_t)n * MOD_ENTRY_SIZE);
		for (i = 0; i < n; i++) {
			uint64_t e = mods + i * MOD_ENTRY_SIZE;

			kvm_memmap_reserve(m, kvm_rd64(e + MOD_PADDR),
					   kvm_rd64(e + MOD_SIZE));
			if (i == 0 && mapped(kvm_rd64(e + MOD_PADDR),
					     kvm_rd64(e + MOD_SIZE))) {
				out->initrd = kvm_rd64(e + MOD_PADDR);
				out->initrd_len = kvm_rd64(e + MOD_SIZE);
			}
			reserve_string(m, kvm_rd64(e + MOD_CMDLINE));
		}
	}

	/* The memory map exists from version 1 on. */
	if (kvm_rd32(info + SI_VERSION) >= 1) {
		mm = kvm_rd64(info + SI_MEMMAP);
		mm_n = kvm_rd32(info + SI_MEMMAP_ENTRIES);
		if (mm_n > MAX_MEMMAP)
			mm_n = MAX_MEMMAP;
		if (!mapped(mm, (uint64_t)mm_n * MM_ENTRY_SIZE))
			mm_n = 0;
		kvm_memmap_reserve(m, mm, (uint64_t)mm_n * MM_ENTRY_SIZE);
	}

	/* All reservations are in: now the RAM. */
	for (i = 0; i < mm_n; i++) {
		uint64_t e = mm + i * MM_ENTRY_SIZE;

		if (kvm_rd32(e + MM_TYPE) == MM_TYPE_RAM)
			kvm_memmap_add_ram(m, kvm_rd64(e + MM_ADDR),
					   kvm_rd64(e + MM_SIZE));
	}
}
