/* SPDX-License-Identifier: BSD-3-Clause */
/* The TLS segment from the symbols the platform's linker script defines
 * around .tdata and .tbss (__tdata_start/__tdata_end, __tbss_start/
 * __tbss_end), and __tls_align_end: __tdata_start plus the segment's
 * alignment (relative to a section, so it stays right in a relocated
 * PIE). When .tdata is empty the segment starts at .tbss, which may be
 * aligned further. */
#include "tls.h"

extern char __tdata_start[], __tdata_end[], __tbss_start[], __tbss_end[];
extern char __tls_align_end[];

void plat_tls_image(struct plat_tls_image *img)
{
	uintptr_t start = (uintptr_t)__tdata_start;

	img->filesz = (size_t)(__tdata_end - __tdata_start);
	if (!img->filesz)
		start = (uintptr_t)__tbss_start;
	img->vaddr = start;
	img->memsz = (uintptr_t)__tbss_end > start
			     ? (size_t)((uintptr_t)__tbss_end - start)
			     : img->filesz;
	img->align = (size_t)(__tls_align_end - __tdata_start);
	if (!img->align)
		img->align = 1;
}
