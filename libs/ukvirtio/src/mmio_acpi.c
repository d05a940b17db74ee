/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio-mmio devices in the ACPI DSDT (x86_64; QEMU microvm with ACPI
 * on): Device objects whose _HID is "LNRO0005" (the ACPI id of
 * virtio-mmio) with a _CRS resource template holding a Memory32Fixed
 * (the registers) and an Extended Interrupt (the GSI, its trigger and
 * polarity). No AML interpreter: the DSDT is scanned for DeviceOp
 * packages, and inside each for those two names as QEMU writes them
 * (Name(_HID, "...") and Name(_CRS, Buffer)). Every length is checked
 * against the table.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <uk/plat/io.h>
#include <uk/plat/irq.h>
#include "mmio.h"

#define SDT_HDR 36
#define EXT_OP 0x5b
#define DEVICE_OP 0x82
#define NAME_OP 0x08
#define STRING_PREFIX 0x0d
#define BUFFER_OP 0x11
#define BYTE_PREFIX 0x0a
#define WORD_PREFIX 0x0b
#define RES_MEM32_FIXED 0x86
#define RES_EXT_IRQ 0x89
#define RES_END 0x79
#define EXT_IRQ_EDGE 0x2
#define EXT_IRQ_LOW 0x4

static const char hid[] = "LNRO0005";

/* PkgLength at p (inside [p, end)): the package's length from p, and
 * the bytes of the encoding in *n. 0 if it does not fit. */
static uint32_t pkglen(const uint8_t *p, const uint8_t *end, unsigned int *n)
{
	unsigned int extra = p[0] >> 6, i;
	uint32_t len;

	if (end - p < (ptrdiff_t)(extra + 1))
		return 0;
	len = extra ? p[0] & 0x0f : p[0] & 0x3f;
	for (i = 0; i < extra; i++)
		len |= (uint32_t)p[1 + i] << (4 + 8 * i);
	*n = extra + 1;
	return len <= (uint32_t)(end - p) ? len : 0;
}

/* Name(name, ...) inside [p, end): a pointer just after the name. */
static const uint8_t *find_name(const uint8_t *p, const uint8_t *end,
				const char *name)
{
	for (; end - p > 5; p++)
		if (p[0] == NAME_OP && !memcmp(p + 1, name, 4))
			return p + 5;
	return NULL;
}

/* The resource template of a _CRS buffer at p: registers and interrupt. */
static bool parse_crs(const uint8_t *p, const uint8_t *end,
		      struct ukplat_cmdline_dev *d, unsigned int *flags)
{
	unsigned int n, len;
	bool mem = false, irq = false;
	uint32_t size;

	if (p >= end || *p++ != BUFFER_OP)
		return false;
	size = pkglen(p, end, &n);
	if (!size)
		return false;
	end = p + size;
	p += n;
	if (p < end && *p == BYTE_PREFIX)
		p += 2;
	else if (p < end && *p == WORD_PREFIX)
		p += 3;
	else
		return false;
	while (p < end && *p != RES_END) {
		if (!(*p & 0x80)) { /* small descriptor */
			p += 1 + (*p & 7);
			continue;
		}
		if (end - p < 3)
			return false;
		len = (unsigned int)(p[1] | p[2] << 8);
		if ((unsigned int)(end - p) < 3 + len)
			return false;
		if (p[0] == RES_MEM32_FIXED && len >= 9) {
			memcpy(&size, p + 4, 4);
			d->base = size;
			memcpy(&size, p + 8, 4);
			d->size = size;
			mem = true;
		} else if (p[0] == RES_EXT_IRQ && len >= 6 && p[4] >= 1) {
			memcpy(&size, p + 5, 4);
			d->irq = size;
			*flags = (p[3] & EXT_IRQ_EDGE ? UKPLAT_IRQ_EDGE
						      : UKPLAT_IRQ_LEVEL) |
				 (p[3] & EXT_IRQ_LOW ? UKPLAT_IRQ_ACTIVE_LOW
						     : UKPLAT_IRQ_ACTIVE_HIGH);
			irq = true;
		}
		p += 3 + len;
	}
	return mem && irq;
}

/* One Device package [p, end): a virtio-mmio device? */
static void device(const uint8_t *p, const uint8_t *end)
{
	const uint8_t *h = find_name(p, end, "_HID"), *c;
	struct ukplat_cmdline_dev d;
	unsigned int flags = 0;

	if (!h || end - h < (ptrdiff_t)sizeof(hid) + 1 ||
	    h[0] != STRING_PREFIX || memcmp(h + 1, hid, sizeof(hid)))
		return;
	c = find_name(p, end, "_CRS");
	if (c && parse_crs(c, end, &d, &flags))
		virtio_mmio_add(d.base, d.size, d.irq, flags);
}

void virtio_mmio_from_acpi(void)
{
	uint32_t len = 0;
	const uint8_t *t = ukplat_acpi_table("DSDT", &len), *p, *end;
	unsigned int n;
	uint32_t size;

	if (!t || len <= SDT_HDR)
		return;
	end = t + len;
	for (p = t + SDT_HDR; end - p > 2; p++) {
		if (p[0] != EXT_OP || p[1] != DEVICE_OP)
			continue;
		size = pkglen(p + 2, end, &n);
		if (size)
			device(p + 2 + n, p + 2 + size);
	}
}
