/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The ELF notes ("Xen", in a PT_NOTE header) that make this image a
 * 64-bit PV kernel for Xen's domain builders (Xen's own for dom0, the
 * toolstack's for domUs): the loader kind and ABI version, the virtual
 * layout (loaded 1:1, VIRT_BASE = PADDR_OFFSET = 0), the entry point
 * and the page Xen fills with hypercall stubs.
 */
#define XEN_ELFNOTE_ENTRY 1
#define XEN_ELFNOTE_HYPERCALL_PAGE 2
#define XEN_ELFNOTE_VIRT_BASE 3
#define XEN_ELFNOTE_PADDR_OFFSET 4
#define XEN_ELFNOTE_XEN_VERSION 5
#define XEN_ELFNOTE_GUEST_OS 6
#define XEN_ELFNOTE_LOADER 8

/* A note whose descriptor is a string. */
.macro NOTE_STR type, text
	.balign 4
	.long 4
	.long 2f - 1f
	.long \type
	.asciz "Xen"
1:	.asciz "\text"
2:	.balign 4
.endm

/* A note whose descriptor is a 64-bit value. */
.macro NOTE_U64 type, value
	.balign 4
	.long 4
	.long 8
	.long \type
	.asciz "Xen"
	.quad \value
.endm

	.section .note.Xen, "a", @note
	NOTE_STR XEN_ELFNOTE_GUEST_OS, "ukraft"
	NOTE_STR XEN_ELFNOTE_XEN_VERSION, "xen-3.0"
	NOTE_STR XEN_ELFNOTE_LOADER, "generic"
	NOTE_U64 XEN_ELFNOTE_VIRT_BASE, 0
	NOTE_U64 XEN_ELFNOTE_PADDR_OFFSET, 0
	NOTE_U64 XEN_ELFNOTE_ENTRY, ukplat_xen_start
	NOTE_U64 XEN_ELFNOTE_HYPERCALL_PAGE, xen_hypercall_page
