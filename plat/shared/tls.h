/* SPDX-License-Identifier: BSD-3-Clause */
/* Shared TLS layout (tls.c) and the hook that says where the image's
 * TLS initial image is. */
#ifndef PLAT_SHARED_TLS_H
#define PLAT_SHARED_TLS_H

#include <stddef.h>
#include <stdint.h>

/** The image's PT_TLS segment. */
struct plat_tls_image {
	uintptr_t vaddr; /**< its address (the .tdata initial values) */
	size_t filesz;	 /**< bytes of initial values */
	size_t memsz;	 /**< bytes in all (the rest zeroed) */
	size_t align;	 /**< its alignment (a power of two, >= 1) */
};

/** Describe the image's TLS segment (memsz 0 if it has none):
 * tls_ldscript.c from the linker script's symbols, or the platform's. */
void plat_tls_image(struct plat_tls_image *img);

#endif /* PLAT_SHARED_TLS_H */
