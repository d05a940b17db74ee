/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * section.h - which section of the image an address lies in, for crash
 * dumps (W^X violations name the section). Every kvm and xen linker
 * script defines the symbols used: __text_start/__text_end,
 * __rodata_start/__rodata_end, __data_start/__data_end,
 * __bss_start/__bss_end.
 */
#ifndef PLAT_SHARED_SECTION_H
#define PLAT_SHARED_SECTION_H

#include <stdint.h>

/** ".text", ".rodata", ".data" or ".bss" for addr, else NULL (outside). */
const char *plat_image_section(uint64_t addr);

/** What W^X dumps name for memory outside the image. */
#define PLAT_OUTSIDE_IMAGE \
	"outside the image: heap, thread stacks, free RAM or devices"

/**
 * Print "Violation: execute of non-executable memory (<where>)" (exec)
 * or "Violation: write to read-only memory (<where>)", and a newline.
 */
void plat_put_violation(int exec, const char *where);

#endif /* PLAT_SHARED_SECTION_H */
