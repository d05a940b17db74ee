/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 bring-up after the MMU is on: console, the device tree (command
 * line, RAM, PSCI conduit, GIC and timer interrupt), the platform's boot
 * parameters, the free memory list, then the hand-over to ukplat_entry().
 */
#include <uk/arch/lcpu.h>
#include <uk/fdt.h>
#include <uk/plat/boot.h>
#include <uk/plat/io.h>
#include <uk/plat/shutdown.h>
#include "../common/cmdline.h"
#include "../common/devparams.h"
#include "../../shared/kprint.h"
#include "../common/memmap.h"
#include "../../shared/arm64/gtimer.h"
#include "../../shared/arm64/pl031.h"
#include "../../shared/stackprot.h"
#include "boot.h"
#include "mmu.h"
#include "params.h"
#include "pl011.h"
#include "psci.h"
#include "shutdown.h"

static struct kvm_memmap memmap;
static struct ukplat_bootinfo bootinfo;
static const void *boot_fdt;

const void *ukplat_fdt(void) { return boot_fdt; }

/* Inside the RAM boot window (mapped before the DTB is read)? */
static bool in_window(uint64_t a, uint64_t len)
{
	return a >= KVM_ARM64_RAM_BASE && len <= KVM_ARM64_BOOT_WINDOW &&
	       a - KVM_ARM64_RAM_BASE <= KVM_ARM64_BOOT_WINDOW - len;
}

/*
 * The DTB: x0 for Image boots; for ELF boots QEMU leaves x0 zero and
 * puts the DTB at the start of RAM.
 */
static const void *find_fdt(uint64_t x0)
{
	static const uint64_t where[] = { 0, KVM_ARM64_RAM_BASE };
	const void *fdt;
	unsigned int i;
	int err = UK_FDT_ERR_NOTFOUND;

	for (i = 0; i < sizeof(where) / sizeof(where[0]); i++) {
		uint64_t a = i ? where[i] : x0;

		if (!a || (a & 7) || !in_window(a, 64))
			continue;
		fdt = (const void *)(uintptr_t)a;
		err = uk_fdt_check(fdt, KVM_ARM64_RAM_BASE +
						KVM_ARM64_BOOT_WINDOW - a);
		if (!err)
			return fdt;
	}
	plat_puts("kvm: no usable device tree in x0 (");
	plat_puthex(x0, 16);
	plat_puts(") or at the start of RAM: ");
	plat_puts(uk_fdt_strerror(err));
	plat_puts("\n");
	ukplat_crash("kvm: cannot boot without a device tree");
}

/* The initrd QEMU -initrd loaded: /chosen linux,initrd-start/-end, kept out of the heap. */
static void read_initrd(const void *fdt)
{
	uint64_t s, e;

	if (uk_fdt_initrd(fdt, &s, &e) || !s || e > KVM_ARM64_VA_LIMIT)
		return;
	kvm_memmap_reserve(&memmap, s, e - s);
	bootinfo.initrd = (const void *)(uintptr_t)s;
	bootinfo.initrd_len = (size_t)(e - s);
}

static void read_memory(const void *fdt)
{
	uint64_t base, len;
	unsigned int i;
	int err;

	kvm_memmap_init(&memmap, 0, KVM_ARM64_VA_LIMIT);
	kvm_memmap_reserve(&memmap, (uint64_t)(uintptr_t)__image_start,
			   (uint64_t)(__image_end - __image_start));
	kvm_memmap_reserve(&memmap, (uint64_t)(uintptr_t)fdt,
			   uk_fdt_totalsize(fdt));
	read_initrd(fdt);
	for (i = 0; !(err = uk_fdt_memory(fdt, i, &base, &len)); i++) {
		kvm_arm64_mmu_map_ram(base, len);
		kvm_memmap_add_ram(&memmap, base, len);
	}
	if (err != UK_FDT_ERR_NOTFOUND) {
		plat_puts("kvm: bad memory node in the device tree: ");
		plat_puts(uk_fdt_strerror(err));
		plat_puts("\n");
	}
	if (!memmap.nreg)
		plat_puts("kvm: no free RAM reported by the device tree\n");
	if (memmap.dropped)
		plat_puts("kvm: memory map too fragmented, some RAM unused\n");
}

PLAT_NO_STACK_PROTECTOR void arm64_plat_setup(uint64_t dtb,
					      unsigned int boot_el)
{
	struct kvm_arm64_params params = { .semihosting = false };
	const void *fdt;
	char *cmdline;

	plat_stack_guard_init(0);
	kvm_arm64_pl011_init();
	kvm_arm64_psci_default(boot_el);
	fdt = find_fdt(dtb);
	boot_fdt = fdt;
	kvm_arm64_psci_init(fdt);
	arm64_gtimer_init(fdt);
	arm64_pl031_init(fdt);

	cmdline = kvm_cmdline_keep(uk_fdt_bootargs(fdt));
	kvm_arm64_params_take(cmdline, &params);
	kvm_devparams_take(cmdline);
	bootinfo.cmdline = cmdline;
	kvm_arm64_use_semihosting(params.semihosting);
	read_memory(fdt);

	bootinfo.plat = "kvm";
	bootinfo.argc = -1;
	bootinfo.argv = NULL;
	bootinfo.mem = memmap.reg;
	bootinfo.mem_count = memmap.nreg;
	ukplat_entry(&bootinfo);
}
