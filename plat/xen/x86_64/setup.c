/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PV bring-up from start_info: the console (console_io for dom0, the PV
 * console ring otherwise), shared_info and its clock, the trap table,
 * event channels (every port masked) and the event callback, all memory
 * mapped, NULL and stack-guard pages unmapped, the command line, the
 * initrd (the first module: the dom0 multiboot module or xl's ramdisk=),
 * then the hand-over to ukplat_entry().
 */
#include <uk/plat/boot.h>
#include <uk/plat/shutdown.h>
#include "../common/console.h"
#include "../common/evtchn.h"
#include "../../shared/kprint.h"
#include "../../shared/stackprot.h"
#include "../common/platform.h"
#include "boot.h"
#include "mmu.h"
#include "pvapi.h"
#include "shinfo.h"
#include "startinfo.h"
#include "traps.h"

static char cmdline[XEN_GUEST_CMDLINE_MAX];
static struct ukplat_memregion ram;
static struct ukplat_bootinfo bootinfo;

/* The bootstrap area ends after the page tables and the bootstrap stack. */
static uint64_t bootstrap_end(const struct xen_start_info *si, uint64_t sp)
{
	uint64_t pt_end = si->pt_base + si->nr_pt_frames * XEN_PAGE_SIZE;
	uint64_t sp_end = (sp + XEN_PAGE_SIZE - 1) & ~(XEN_PAGE_SIZE - 1);

	return pt_end > sp_end ? pt_end : sp_end;
}

static void setup_console(const struct xen_start_info *si)
{
	uint64_t pfn;

	if (xen_is_dom0)
		return;
	/* The ring page is in the bootstrap area, mapped 1:1. */
	pfn = xen_mfn_to_pfn(si->console.domU.mfn);
	xen_console_use_ring(
		(struct xen_cons_ring *)(uintptr_t)(pfn * XEN_PAGE_SIZE),
		si->console.domU.evtchn);
}

static void copy_cmdline(const struct xen_start_info *si)
{
	size_t i;

	for (i = 0; i < sizeof(cmdline) - 1 && si->cmd_line[i]; i++)
		cmdline[i] = si->cmd_line[i];
	cmdline[i] = '\0';
}

/*
 * The first module, kept out of the free RAM. Xen puts it in the
 * bootstrap area (mapped, before the page tables) unless it says
 * MOD_START_PFN; then it may lie in what follows, and the larger free
 * part on either side of it is kept.
 */
static void setup_initrd(const struct xen_start_info *si)
{
	const uint64_t page = XEN_PAGE_SIZE;
	uint64_t s, e, r0 = ram.base, r1 = ram.base + ram.len;

	if (!si->mod_start || !si->mod_len)
		return;
	s = si->flags & XEN_SIF_MOD_START_PFN ? si->mod_start * page
					      : si->mod_start;
	e = s + si->mod_len;
	if (e < s || e > si->nr_pages * page) {
		plat_puts("xen: initrd outside the domain's memory, ignored\n");
		return;
	}
	bootinfo.initrd = (const void *)(uintptr_t)s;
	bootinfo.initrd_len = (size_t)si->mod_len;
	s &= ~(page - 1);
	e = (e + page - 1) & ~(page - 1);
	if (s >= r1 || e <= r0)
		return; /* in the bootstrap area */
	if (s > r0 && s - r0 >= (r1 > e ? r1 - e : 0)) {
		ram.len = (size_t)(s - r0);
	} else {
		ram.base = (uintptr_t)(e < r1 ? e : r1);
		ram.len = (size_t)(r1 > e ? r1 - e : 0);
	}
}

PLAT_NO_STACK_PROTECTOR void xen_setup(struct xen_start_info *si,
				       uint64_t boot_sp)
{
	uint64_t free_pfn;

	plat_stack_guard_init(0);
	xen_is_dom0 = (si->flags & XEN_SIF_INITDOMAIN) != 0;
	xen_mmu_init(si, bootstrap_end(si, boot_sp));
	setup_console(si);
	xen_pvapi_init(si);
	xen_shinfo_map(si->shared_info);
	xen_traps_init();
	xen_evtchn_init();
	copy_cmdline(si);

	free_pfn = xen_mmu_map_all();
	xen_mmu_protect();
	if (free_pfn < si->nr_pages) {
		ram.base = (uintptr_t)(free_pfn * XEN_PAGE_SIZE);
		ram.len = (size_t)((si->nr_pages - free_pfn) * XEN_PAGE_SIZE);
	} else {
		plat_puts("xen: no free memory after the bootstrap area\n");
	}
	setup_initrd(si);

	bootinfo.plat = "xen";
	bootinfo.cmdline = cmdline;
	bootinfo.argc = -1;
	bootinfo.argv = NULL;
	bootinfo.mem = &ram;
	bootinfo.mem_count = ram.len ? 1 : 0;
	ukplat_entry(&bootinfo);
}
