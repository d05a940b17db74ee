/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * bootinfo.h - readers of the two boot protocols' information blocks.
 * Each reserves the memory its loader used (info block, command line,
 * memory map, modules) in the memmap, then adds the RAM ranges, and
 * reports the command line and the RSDP address it found.
 */
#ifndef KVM_X86_64_BOOTINFO_H
#define KVM_X86_64_BOOTINFO_H

#include <stdint.h>
#include "../common/memmap.h"

struct kvm_bootdata {
	const char *proto;   /**< "multiboot" or "pvh" */
	const char *cmdline; /**< in loader memory; NULL if none */
	uint64_t rsdp;	     /**< physical address, 0 if not given */
	uint64_t initrd;     /**< the first module (QEMU -initrd), 0 if none */
	uint64_t initrd_len;
};

/**
 * Read a Multiboot v1 info block at physical address info. The command
 * line reported skips its first word, the image path the Multiboot
 * loaders (QEMU, GRUB) put there, so both protocols report the same
 * string.
 */
void kvm_multiboot_read(uint32_t info, struct kvm_memmap *m,
			struct kvm_bootdata *out);

/** Read a PVH hvm_start_info at physical address info. */
void kvm_pvh_read(uint32_t info, struct kvm_memmap *m,
		  struct kvm_bootdata *out);

#endif /* KVM_X86_64_BOOTINFO_H */
