/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PVH entry note: an ELF note named "Xen" of type 18
 * (XEN_ELFNOTE_PHYS32_ENTRY) whose descriptor is the 32-bit physical
 * address of the PVH entry. The linker script puts .note.Xen in a
 * PT_NOTE program header (4-byte aligned, as loaders expect).
 */
#define XEN_ELFNOTE_PHYS32_ENTRY 18

	.section .note.Xen, "a", @note
	.balign 4
	.long 4                         /* namesz: "Xen\0" */
	.long 4                         /* descsz */
	.long XEN_ELFNOTE_PHYS32_ENTRY  /* type */
	.asciz "Xen"
	.balign 4
	.long ukplat_kvm_pvh_start32
