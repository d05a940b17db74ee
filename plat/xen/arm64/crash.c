/* SPDX-License-Identifier: BSD-3-Clause */
/* ukplat_crash(): reason, stack pointer, frame-pointer backtrace, terminate. */
#include <uk/plat/shutdown.h>
#include "../common/kprint.h"
#include "../common/platform.h"
#include "boot.h"
#include "mmu.h"
#include "platform_arm64.h"

#define MAX_FRAMES 32

void xen_arm64_backtrace(uint64_t fp_addr)
{
	const uint64_t *fp = (const uint64_t *)(uintptr_t)fp_addr;
	uint64_t lo = (uint64_t)(uintptr_t)__image_start;
	uint64_t hi = (uint64_t)(uintptr_t)__image_end;
	unsigned int n;

	xen_puts("Backtrace:\n");
	/* The stack is in .bss: frames outside the image, or in the
	 * unmapped stack guard page, end the walk. */
	for (n = 0; n < MAX_FRAMES && fp; n++) {
		uint64_t a = (uint64_t)(uintptr_t)fp;

		if ((a & 7) || a < lo || a + 16 > hi || xen_arm64_in_guard(a) ||
		    xen_arm64_in_guard(a + 15) || !fp[1])
			break;
		xen_puts("  #");
		xen_putnum(n, 10, 0);
		xen_putreg(n < 10 ? "  " : " ", fp[1]);
		xen_puts("\n");
		fp = (const uint64_t *)(uintptr_t)fp[0];
	}
}

void ukplat_crash(const char *reason)
{
	uint64_t fp = (uint64_t)(uintptr_t)__builtin_frame_address(0);

	xen_crashing = true;
	xen_puts("\nCRASH: ");
	xen_puts(reason ? reason : "(no reason)");
	xen_putreg("\nFP ", fp);
	xen_putreg("  image at ", (uint64_t)(uintptr_t)__image_start);
	xen_puts("\n");
	xen_arm64_backtrace(fp);
	ukplat_terminate(UKPLAT_STATUS_CRASH);
}
