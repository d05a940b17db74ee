/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 bring-up from the device tree Xen passed: the MMU and caches
 * (mmu.c), the console (dom0:
 * console_io; a dom0less domU: its vpl011; a toolstack domU: the PV
 * console ring), RAM from the memory nodes minus the image and the
 * device tree and the initrd (/chosen linux,initrd-start/-end, which Xen
 * writes for a "multiboot,ramdisk" module), the command line from
 * /chosen/bootargs, the GIC and the
 * timer interrupt, then the hand-over to ukplat_entry().
 */
#include <uk/fdt.h>
#include <uk/plat/boot.h>
#include <uk/plat/shutdown.h>
#include "../common/console.h"
#include "../common/hypercall.h"
#include "../../shared/kprint.h"
#include "../common/platform.h"
#include "../../shared/arm64/gtimer.h"
#include "../../shared/arm64/pl031.h"
#include "../../shared/stackprot.h"
#include "boot.h"
#include "mmu.h"
#include "platform_arm64.h"
#include "pvapi.h"

#define MAX_REGIONS 8
#define CMDLINE_MAX 4096

static struct ukplat_memregion regions[MAX_REGIONS];
static unsigned int nregions;
static char cmdline[CMDLINE_MAX];
static struct ukplat_bootinfo bootinfo;

/* Big-endian 32-bit value at p (any alignment). */
static uint32_t be32(const uint8_t *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) |
	       ((uint32_t)p[2] << 8) | p[3];
}

/* A node compatible with "arm,sbsa-uart" or "arm,pl011", or < 0. */
static int find_uart(const void *fdt)
{
	int node = uk_fdt_find_compatible(fdt, -1, "arm,sbsa-uart");

	return node >= 0 ? node : uk_fdt_find_compatible(fdt, -1, "arm,pl011");
}

static void setup_console(const void *fdt)
{
	uint64_t base, size;
	int uart;

	/* Only dom0 may use console_io on a non-debug Xen. */
	xen_is_dom0 = xen_console_io_write("", 0) == 0;
	if (xen_is_dom0)
		return;
	if (xen_arm64_use_ring() == 0)
		return;
	uart = fdt ? find_uart(fdt) : UK_FDT_ERR_NOTFOUND;
	if (uart >= 0 && uk_fdt_reg(fdt, uart, 0, &base, &size) == 0)
		xen_arm64_use_vpl011(base);
}

/* Add [start, end) minus the reservations rsv[0..n) (sorted). */
static void add_free(uint64_t start, uint64_t end, const uint64_t (*rsv)[2],
		     unsigned int n)
{
	unsigned int i;

	for (i = 0; i <= n && start < end; i++) {
		uint64_t stop = i < n && rsv[i][0] < end ? rsv[i][0] : end;

		if (stop > start && nregions < MAX_REGIONS) {
			regions[nregions].base = (uintptr_t)start;
			regions[nregions].len = (size_t)(stop - start);
			nregions++;
		}
		if (i < n && rsv[i][1] > start)
			start = rsv[i][1];
	}
}

#define PAGE_DOWN(a) ((a) & ~(uint64_t)(UKARCH_PAGE_SIZE - 1))
#define PAGE_UP(a) PAGE_DOWN((a) + UKARCH_PAGE_SIZE - 1)

static void setup_memory(const void *fdt, uint64_t dtb, uint32_t dtb_size)
{
	uint64_t rsv[3][2] = {
		{ (uint64_t)(uintptr_t)__image_start,
		  (uint64_t)(uintptr_t)__image_end },
		{ PAGE_DOWN(dtb), PAGE_UP(dtb + dtb_size) },
	};
	uint64_t base, size, rd_start, rd_end;
	unsigned int i, j, n = 2;

	if (!uk_fdt_initrd(fdt, &rd_start, &rd_end) &&
	    rd_end <= XEN_ARM64_VA_LIMIT) {
		rsv[n][0] = PAGE_DOWN(rd_start);
		rsv[n][1] = PAGE_UP(rd_end);
		n++;
		bootinfo.initrd = (const void *)(uintptr_t)rd_start;
		bootinfo.initrd_len = (size_t)(rd_end - rd_start);
	}
	for (i = 1; i < n; i++) /* sorted by start, as add_free() reads them */
		for (j = i; j > 0 && rsv[j][0] < rsv[j - 1][0]; j--) {
			uint64_t t0 = rsv[j][0], t1 = rsv[j][1];

			rsv[j][0] = rsv[j - 1][0];
			rsv[j][1] = rsv[j - 1][1];
			rsv[j - 1][0] = t0;
			rsv[j - 1][1] = t1;
		}
	for (i = 0; uk_fdt_memory(fdt, i, &base, &size) == 0; i++) {
		uint64_t start =
			(base + UKARCH_PAGE_SIZE - 1) & ~(UKARCH_PAGE_SIZE - 1);
		uint64_t end = (base + size) & ~(UKARCH_PAGE_SIZE - 1);

		if (end > XEN_ARM64_VA_LIMIT) /* not identity-mapped */
			end = XEN_ARM64_VA_LIMIT;

		add_free(start, end, (const uint64_t(*)[2])rsv, n);
	}
	if (!nregions)
		plat_puts("xen: no free RAM in the device tree\n");
}

static void copy_cmdline(const void *fdt)
{
	const char *args = uk_fdt_bootargs(fdt);
	size_t i = 0;

	while (args && args[i] && i < CMDLINE_MAX - 1) {
		cmdline[i] = args[i];
		i++;
	}
	cmdline[i] = '\0';
}

PLAT_NO_STACK_PROTECTOR void arm64_plat_setup(uint64_t dtb,
					      unsigned int boot_el)
{
	const void *fdt = (const void *)(uintptr_t)dtb;
	uint32_t size = 0;
	int err;

	plat_stack_guard_init(0);
	(void)boot_el; /* Xen enters its guests at EL1 */
	/* The header's totalsize bounds every later read. */
	if (dtb && be32((const uint8_t *)fdt) == UK_FDT_MAGIC)
		size = be32((const uint8_t *)fdt + 4);
	err = size ? uk_fdt_check(fdt, size) : UK_FDT_ERR_BADMAGIC;
	if (!err)
		xen_arm64_mmu_map_fdt(fdt);
	setup_console(err ? NULL : fdt);
	if (err)
		ukplat_crash("xen: no usable device tree from Xen");
	setup_memory(fdt, dtb, size);
	copy_cmdline(fdt);
	xen_arm64_pvapi_init(fdt);
	arm64_gtimer_init(fdt);
	arm64_pl031_init(fdt);

	bootinfo.plat = "xen";
	bootinfo.cmdline = cmdline;
	bootinfo.argc = -1;
	bootinfo.argv = NULL;
	bootinfo.mem = regions;
	bootinfo.mem_count = nregions;
	ukplat_entry(&bootinfo);
}
