/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ACPI: finding tables (ukplat_acpi_table(), for the device layer) and
 * S5 power-off. Offsets are from the ACPI specification.
 */
#include <stdbool.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/io.h>
#include "../common/rdmem.h"
#include "acpi.h"
#include "boot.h"
#include "mmu.h"

#define BDA_EBDA_SEGMENT 0x40e
#define EBDA_MIN 0x80000
#define EBDA_MAX 0xa0000
#define EBDA_SCAN_LEN 1024
#define BIOS_ROM_START 0xe0000
#define BIOS_ROM_END 0x100000

/* RSDP */
#define RSDP_V1_LEN 20
#define RSDP_REVISION 15
#define RSDP_RSDT 16
#define RSDP_LENGTH 20
#define RSDP_XSDT 24

/* Every system description table starts with this header */
#define SDT_LENGTH 4
#define SDT_HDR_LEN 36
#define SDT_MAX_LEN (16u << 20)

/* FADT */
#define FADT_DSDT 40
#define FADT_PM1A_CNT_BLK 64
#define FADT_X_DSDT 140
#define FADT_X_PM1A_CNT_BLK 172
#define FADT_SLEEP_CONTROL 244

/* Generic address structure */
#define GAS_SPACE 0
#define GAS_ADDRESS 4
#define GAS_LEN 12
#define GAS_SPACE_MEMORY 0
#define GAS_SPACE_IO 1

/* PM1 control register / sleep control register */
#define PM1_SLP_TYP_SHIFT 10
#define PM1_SLP_TYP_MASK (7u << 10)
#define PM1_SLP_EN (1u << 13)
#define SLEEP_CTL_TYP_SHIFT 2
#define SLEEP_CTL_SLP_EN (1u << 5)

/* AML opcodes */
#define AML_ZERO 0x00
#define AML_ONE 0x01
#define AML_BYTE 0x0a
#define AML_WORD 0x0b
#define AML_DWORD 0x0c
#define AML_PACKAGE 0x12

static uint64_t rsdp_hint;
static uint64_t ebda;

void kvm_acpi_init(uint64_t hint)
{
	rsdp_hint = hint;
	ebda = (uint64_t)kvm_rd16(BDA_EBDA_SEGMENT) << 4;
}

static bool sig_is(uint64_t a, const char *sig, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (kvm_rd8(a + i) != (uint8_t)sig[i])
			return false;
	return true;
}

static bool sum_ok(uint64_t a, uint64_t len)
{
	uint8_t sum = 0;
	uint64_t i;

	if (!plat_mem_readable(a, len))
		return false;
	for (i = 0; i < len; i++)
		sum += kvm_rd8(a + i);
	return sum == 0;
}

static bool rsdp_ok(uint64_t a)
{
	return plat_mem_readable(a, RSDP_V1_LEN) && sig_is(a, "RSD PTR ", 8) &&
	       sum_ok(a, RSDP_V1_LEN);
}

/* ACPI 2+ RSDP with a valid extended checksum: the XSDT may be used. */
static bool rsdp_has_xsdt(uint64_t rsdp)
{
	uint32_t len;

	if (kvm_rd8(rsdp + RSDP_REVISION) < 2 ||
	    !plat_mem_readable(rsdp, RSDP_LENGTH + 4))
		return false;
	len = kvm_rd32(rsdp + RSDP_LENGTH);
	return len >= RSDP_XSDT + 8 && len <= 4096 && sum_ok(rsdp, len);
}

static uint64_t scan(uint64_t from, uint64_t to)
{
	uint64_t a;

	for (a = from; a + RSDP_V1_LEN <= to; a += 16)
		if (rsdp_ok(a))
			return a;
	return 0;
}

static uint64_t find_rsdp(void)
{
	uint64_t a;

	if (rsdp_hint && rsdp_ok(rsdp_hint))
		return rsdp_hint;
	if (ebda >= EBDA_MIN && ebda < EBDA_MAX) {
		a = scan(ebda, ebda + EBDA_SCAN_LEN);
		if (a)
			return a;
	}
	return scan(BIOS_ROM_START, BIOS_ROM_END);
}

/* A readable table with this signature, a sane length and checksum. */
static bool table_ok(uint64_t a, const char *sig)
{
	uint32_t len;

	if (!a || !plat_mem_readable(a, SDT_HDR_LEN) || !sig_is(a, sig, 4))
		return false;
	len = kvm_rd32(a + SDT_LENGTH);
	return len >= SDT_HDR_LEN && len <= SDT_MAX_LEN && sum_ok(a, len);
}

static uint64_t find_table(uint64_t rsdp, const char *sig)
{
	uint64_t root = 0, off, e;
	unsigned int esz = 4;
	uint32_t len;

	if (rsdp_has_xsdt(rsdp)) {
		root = kvm_rd64(rsdp + RSDP_XSDT);
		esz = 8;
		if (!table_ok(root, "XSDT"))
			root = 0;
	}
	if (!root) {
		root = kvm_rd32(rsdp + RSDP_RSDT);
		esz = 4;
		if (!table_ok(root, "RSDT"))
			return 0;
	}
	len = kvm_rd32(root + SDT_LENGTH);
	for (off = SDT_HDR_LEN; off + esz <= len; off += esz) {
		e = esz == 8 ? kvm_rd64(root + off) : kvm_rd32(root + off);
		if (table_ok(e, sig))
			return e;
	}
	return 0;
}

/* An AML integer constant at p (p < end): Zero, One or a prefixed value. */
static bool aml_int(uint64_t p, uint64_t end, uint8_t *v)
{
	switch (kvm_rd8(p)) {
	case AML_ZERO: *v = 0; return true;
	case AML_ONE: *v = 1; return true;
	case AML_BYTE:
	case AML_WORD:
	case AML_DWORD:
		if (p + 1 >= end)
			return false;
		*v = kvm_rd8(p + 1); /* low byte: SLP_TYP is 3 bits */
		return true;
	default: return false;
	}
}

/*
 * Find "_S5_" followed by a package: PackageOp, PkgLength (lead byte
 * bits 7-6 = number of extra bytes), NumElements, then SLP_TYPa.
 */
static bool find_s5(uint64_t dsdt, uint8_t *slp_typ)
{
	uint64_t end = dsdt + kvm_rd32(dsdt + SDT_LENGTH);
	uint64_t p, q;

	for (p = dsdt + SDT_HDR_LEN; p + 5 < end; p++) {
		if (!sig_is(p, "_S5_", 4) || kvm_rd8(p + 4) != AML_PACKAGE)
			continue;
		q = p + 5;
		q += 1 + (kvm_rd8(q) >> 6); /* PkgLength */
		q += 1;			    /* NumElements */
		if (q < end && aml_int(q, end, slp_typ))
			return true;
	}
	return false;
}

static uint64_t fadt_dsdt(uint64_t fadt, uint32_t flen)
{
	uint64_t d = 0;

	if (flen >= FADT_X_DSDT + 8)
		d = kvm_rd64(fadt + FADT_X_DSDT);
	if (!table_ok(d, "DSDT"))
		d = flen >= FADT_DSDT + 4 ? kvm_rd32(fadt + FADT_DSDT) : 0;
	return table_ok(d, "DSDT") ? d : 0;
}

static bool sig_eq(const char *a, const char *b)
{
	return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3];
}

const void *ukplat_acpi_table(const char *sig, uint32_t *len)
{
	static uint64_t rsdp;
	static bool looked;
	uint64_t t;

	if (!looked) {
		rsdp = find_rsdp();
		looked = true;
	}
	if (!rsdp)
		return NULL;
	t = find_table(rsdp, sig);
	if (!t && sig_eq(sig, "DSDT")) {
		/* Not in the root table: the FADT points at it. */
		t = find_table(rsdp, "FACP");
		t = t ? fadt_dsdt(t, kvm_rd32(t + SDT_LENGTH)) : 0;
	}
	if (!t)
		return NULL;
	if (len)
		*len = kvm_rd32(t + SDT_LENGTH);
	return (const void *)(uintptr_t)t;
}

/* An I/O port from a generic address structure, 0 if not I/O space. */
static uint16_t gas_port(uint64_t gas)
{
	uint64_t a;

	if (kvm_rd8(gas + GAS_SPACE) != GAS_SPACE_IO)
		return 0;
	a = kvm_rd64(gas + GAS_ADDRESS);
	return a <= 0xffff ? (uint16_t)a : 0;
}

/* Legacy ACPI: SLP_TYPa and SLP_EN into the PM1a control register. */
static void pm1_sleep(uint16_t port, uint8_t slp)
{
	uint16_t v = ukarch_inw(port);

	v &= (uint16_t) ~(PM1_SLP_TYP_MASK | PM1_SLP_EN);
	v |= (uint16_t)(((slp & 7u) << PM1_SLP_TYP_SHIFT) | PM1_SLP_EN);
	ukarch_outw(port, v);
}

/*
 * Hardware-reduced ACPI: the 8-bit sleep control register, in I/O space
 * or in (identity-mapped) memory, as on QEMU's microvm.
 */
static void sleep_ctl(uint64_t gas, uint8_t slp)
{
	uint8_t v = (uint8_t)(((slp & 7u) << SLEEP_CTL_TYP_SHIFT) |
			      SLEEP_CTL_SLP_EN);
	uint16_t port = gas_port(gas);
	uint64_t mmio;

	if (port) {
		ukarch_outb(port, v);
	} else if (kvm_rd8(gas + GAS_SPACE) == GAS_SPACE_MEMORY) {
		mmio = kvm_rd64(gas + GAS_ADDRESS);
		if (mmio >= KVM_RAM_START && plat_mem_readable(mmio, 1))
			*(volatile uint8_t *)(uintptr_t)mmio = v;
	}
}

void kvm_acpi_poweroff(void)
{
	uint64_t rsdp, fadt, dsdt;
	uint32_t flen, pm1a = 0;
	uint8_t slp;

	rsdp = find_rsdp();
	if (!rsdp)
		return;
	fadt = find_table(rsdp, "FACP");
	if (!fadt)
		return;
	flen = kvm_rd32(fadt + SDT_LENGTH);
	dsdt = fadt_dsdt(fadt, flen);
	if (!dsdt || !find_s5(dsdt, &slp))
		return;

	if (flen >= FADT_PM1A_CNT_BLK + 4)
		pm1a = kvm_rd32(fadt + FADT_PM1A_CNT_BLK);
	if (!pm1a && flen >= FADT_X_PM1A_CNT_BLK + GAS_LEN)
		pm1a = gas_port(fadt + FADT_X_PM1A_CNT_BLK);
	if (pm1a && pm1a <= 0xffff)
		pm1_sleep((uint16_t)pm1a, slp);
	else if (flen >= FADT_SLEEP_CONTROL + GAS_LEN)
		sleep_ctl(fadt + FADT_SLEEP_CONTROL, slp);
}
