/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * 64-bit bring-up: console, CPU tables, boot information (memory map,
 * command line, RSDP), then the hand-over to ukplat_entry().
 */
#include <uk/arch/lcpu.h>
#include <uk/intctlr/lapic.h>
#include <uk/plat/boot.h>
#include <uk/plat/io.h>
#include <uk/plat/shutdown.h>
#include "../common/cmdline.h"
#include "../common/devparams.h"
#include "../../shared/kprint.h"
#include "../../shared/stackprot.h"
#include "../common/memmap.h"
#include "../common/rdmem.h"
#include "acpi.h"
#include "boot.h"
#include "bootinfo.h"
#include "cpu.h"
#include "mmu.h"
#include "serial.h"
#include "tsc.h"

static struct kvm_memmap memmap;
static struct ukplat_bootinfo bootinfo;

/* x86_64 machines describe themselves through ACPI, not a device tree. */
const void *ukplat_fdt(void) { return NULL; }

PLAT_NO_STACK_PROTECTOR void kvm_setup(uint32_t magic, uint32_t info)
{
	struct kvm_bootdata bd = { 0 };
	char *cmdline;

	plat_stack_guard_init(0);
	kvm_tsc_mark_boot();
	kvm_tss_init();
	kvm_idt_init();
	kvm_serial_init();
	kvm_mmu_protect();
	/* Legacy PICs masked, so a stray sti cannot bring timer ticks in. */
	uk_pic8259_mask_all();

	kvm_memmap_init(&memmap, KVM_RAM_START, KVM_IDMAP_END);
	kvm_memmap_reserve(&memmap, (uint64_t)(uintptr_t)__image_start,
			   (uint64_t)(__image_end - __image_start));
	if (magic == KVM_BOOT_MAGIC_MULTIBOOT)
		kvm_multiboot_read(info, &memmap, &bd);
	else if (magic == KVM_BOOT_MAGIC_PVH)
		kvm_pvh_read(info, &memmap, &bd);
	else
		ukplat_crash("kvm: started by an unknown boot protocol");

	kvm_acpi_init(bd.rsdp);
	cmdline = kvm_cmdline_keep(bd.cmdline);
	kvm_devparams_take(cmdline);
	bootinfo.cmdline = cmdline;
	if (!memmap.nreg) {
		plat_puts("kvm: no free RAM reported by the ");
		plat_puts(bd.proto);
		plat_puts(" loader\n");
	}
	if (memmap.dropped)
		plat_puts("kvm: memory map too fragmented, some RAM unused\n");
	/* Loader data in page 0 has been read: let NULL accesses fault. */
	kvm_mmu_unmap_null();

	bootinfo.plat = "kvm";
	bootinfo.argc = -1;
	bootinfo.argv = NULL;
	bootinfo.mem = memmap.reg;
	bootinfo.mem_count = memmap.nreg;
	bootinfo.initrd = (const void *)(uintptr_t)bd.initrd;
	bootinfo.initrd_len = (size_t)bd.initrd_len;
	ukplat_entry(&bootinfo);
}
