/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/page.h - the page size on arm64: every platform uses the
 * 4 KiB translation granule (TCR_EL1.TG0 = 0; the Image header says
 * so too). The one definition of it: platforms, page tables, stacks
 * and guard pages all use UKARCH_PAGE_SIZE.
 *
 * Plain numbers, usable from C and assembly.
 */
#ifndef UK_ARCH_PAGE_H
#define UK_ARCH_PAGE_H

/** log2 of the page size. */
#define UKARCH_PAGE_SHIFT 12
/** Page size in bytes (4096). */
#define UKARCH_PAGE_SIZE (1 << UKARCH_PAGE_SHIFT)

#endif /* UK_ARCH_PAGE_H */
