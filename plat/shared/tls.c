/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * TLS areas for the local-exec model (uk/plat/tls.h), laid out as the
 * linker computed the offsets of TLS variables from the thread pointer
 * tp, for a segment at vaddr of memsz bytes aligned to align (tp itself
 * aligned to align):
 *   x86_64 (variant II): block at tp - memsz - ((-vaddr - memsz) & (align - 1)),
 *     then the TCB at tp, whose first word is tp;
 *   arm64 (variant I): a 16-byte TCB at tp, block at
 *     tp + 16 + ((vaddr - 16) & (align - 1)).
 * Either way the block starts at vaddr's offset modulo align.
 */
#include <uk/plat/tls.h>
#include "tls.h"

#if defined(__x86_64__)
#define TCB_SIZE 64 /* the self pointer; room for %fs:0x28 & co, zeroed */
#elif defined(__aarch64__)
#define TCB_SIZE 16 /* the ABI's: two reserved words */
#else
#error "TLS layout unknown for this architecture"
#endif
#define MIN_ALIGN 16

static struct plat_tls_image img;
static int have_img;

static const struct plat_tls_image *image(void)
{
	if (!have_img) {
		plat_tls_image(&img);
		have_img = 1;
	}
	return &img;
}

size_t ukplat_tls_area_align(void)
{
	size_t a = image()->align;

	return a < MIN_ALIGN ? MIN_ALIGN : a;
}

size_t ukplat_tls_area_size(void)
{
	/* block + TCB + the padding before the block and before tp */
	return image()->memsz + TCB_SIZE + 2 * ukplat_tls_area_align();
}

uintptr_t ukplat_tls_area_init(void *area)
{
	const struct plat_tls_image *t = image();
	size_t a = t->align, pad;
	uintptr_t tp;
	char *block;

	__builtin_memset(area, 0, ukplat_tls_area_size());
#if defined(__x86_64__)
	pad = (size_t)((0 - t->vaddr - t->memsz) & (a - 1));
	tp = ((uintptr_t)area + t->memsz + pad + ukplat_tls_area_align() - 1) &
	     ~(uintptr_t)(ukplat_tls_area_align() - 1);
	block = (char *)(tp - t->memsz - pad);
	*(uintptr_t *)tp = tp;
#else
	pad = (size_t)((t->vaddr - TCB_SIZE) & (a - 1));
	tp = (uintptr_t)area; /* aligned by the caller */
	block = (char *)(tp + TCB_SIZE + pad);
#endif
	if (t->filesz)
		__builtin_memcpy(block, (const void *)t->vaddr, t->filesz);
	return tp;
}

#if defined(__x86_64__)
/* ukplat_tls_set() is the platform's (plat/<plat>/x86_64/tls.c). */
uintptr_t ukplat_tls_get(void)
{
	uintptr_t tp;

	__asm__ __volatile__("movq %%fs:0, %0" : "=r"(tp));
	return tp;
}
#else
/* TPIDR_EL0 on every platform: EL1 kernels and EL0 processes alike. */
void ukplat_tls_set(uintptr_t tp)
{
	__asm__ __volatile__("msr tpidr_el0, %0" : : "r"(tp) : "memory");
}

uintptr_t ukplat_tls_get(void)
{
	uintptr_t tp;

	__asm__ __volatile__("mrs %0, tpidr_el0" : "=r"(tp));
	return tp;
}
#endif
