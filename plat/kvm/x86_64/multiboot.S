/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Multiboot (v1) header. The linker script puts it first in the image,
 * so it lies within the first 8 KiB of the file. Flag 16 (address
 * fields) is set because QEMU rejects ELF64 multiboot images otherwise;
 * the loader then copies the file from load_addr up to load_end_addr
 * verbatim and zeroes up to bss_end_addr.
 */
#define MB_MAGIC      0x1badb002
#define MB_PAGE_ALIGN 0x00000001 /* align modules on pages */
#define MB_MEMINFO    0x00000002 /* we want mem_* and the memory map */
#define MB_ADDRESSES  0x00010000 /* the address fields below are valid */
#define MB_FLAGS      (MB_PAGE_ALIGN | MB_MEMINFO | MB_ADDRESSES)

	.section .multiboot_header, "a"
	.balign 4
kvm_multiboot_header:
	.long MB_MAGIC
	.long MB_FLAGS
	.long -(MB_MAGIC + MB_FLAGS)
	.long kvm_multiboot_header  /* header_addr */
	.long __image_start         /* load_addr */
	.long __data_end            /* load_end_addr: end of the file-backed part */
	.long __image_end           /* bss_end_addr: end of the image */
	.long ukplat_kvm_start32    /* entry_addr */
