/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukplat_cmdline_virtio_mmio(): the virtio_mmio.device= words the
 * platform kept at boot (devparams.c), parsed on first use; each that
 * does not parse is named on the console once.
 */
#include <stdbool.h>
#include <stddef.h>
#include <uk/plat/io.h>
#include "devparams.h"
#include "../../shared/kprint.h"

#define PREFIX_LEN (sizeof(KVM_DEVPARAMS_PREFIX) - 1)

static struct ukplat_cmdline_dev devs[KVM_DEVPARAMS_MAX];
static unsigned int ndevs;

static int digit(char c, unsigned int base)
{
	int d = c >= '0' && c <= '9'   ? c - '0'
		: c >= 'a' && c <= 'f' ? c - 'a' + 10
		: c >= 'A' && c <= 'F' ? c - 'A' + 10
				       : 99;

	return d < (int)base ? d : -1;
}

/* A number in C syntax (0x hex, 0 octal, else decimal) at *p, up to end. */
static bool number(const char **p, const char *end, uint64_t *v)
{
	const char *s = *p;
	unsigned int base = 10;
	uint64_t n = 0;
	int d;

	if (s < end && *s == '0') {
		base = 8;
		if (s + 1 < end && (s[1] == 'x' || s[1] == 'X')) {
			base = 16;
			s += 2;
		}
	}
	if (s >= end || digit(*s, base) < 0)
		return false; /* nothing, or "0x" without digits */
	for (; s < end && (d = digit(*s, base)) >= 0; s++) {
		if (n > (UINT64_MAX - (uint64_t)d) / base)
			return false;
		n = n * base + (uint64_t)d;
	}
	*p = s;
	*v = n;
	return true;
}

/* <size>[KMG]@<base>:<irq>[:<id>] */
static const char *parse(const char *s, const char *end,
			 struct ukplat_cmdline_dev *d)
{
	uint64_t size, base, irq, id;
	unsigned int shift = 0;

	if (!number(&s, end, &size))
		return "size is not a number";
	if (s < end && (*s == 'K' || *s == 'k' || *s == 'M' || *s == 'm' ||
			*s == 'G' || *s == 'g')) {
		shift = *s == 'K' || *s == 'k'	 ? 10
			: *s == 'M' || *s == 'm' ? 20
						 : 30;
		s++;
	}
	if (!size || size > (UINT64_MAX >> shift))
		return "bad size";
	if (s >= end || *s++ != '@')
		return "no '@' after the size";
	if (!number(&s, end, &base))
		return "base address is not a number";
	if (s >= end || *s++ != ':')
		return "no ':' before the interrupt";
	if (!number(&s, end, &irq) || irq > 0xffff)
		return "bad interrupt number";
	if (s < end && *s == ':') {
		s++;
		if (!number(&s, end, &id))
			return "bad device id";
	}
	if (s != end)
		return "junk at the end";
	if (base + (size << shift) < base)
		return "range wraps around";
	d->base = base;
	d->size = size << shift;
	d->irq = (unsigned int)irq;
	return NULL;
}

static void report(const char *w, const char *err)
{
	plat_puts("kvm: ignoring ");
	plat_puts(w);
	plat_puts(": ");
	plat_puts(err);
	plat_puts("\n");
}

static void parse_all(void)
{
	const char *w = kvm_devparams_words, *end, *err;

	for (; *w; w = end + 1) {
		for (end = w; *end; end++)
			;
		if (ndevs == KVM_DEVPARAMS_MAX) {
			report(w, "too many devices");
			continue;
		}
		err = parse(w + PREFIX_LEN, end, &devs[ndevs]);
		if (err)
			report(w, err);
		else
			ndevs++;
	}
}

int ukplat_cmdline_virtio_mmio(unsigned int i, struct ukplat_cmdline_dev *d)
{
	static bool parsed;

	if (!parsed) {
		parse_all();
		parsed = true;
	}
	if (i >= ndevs)
		return -1;
	*d = devs[i];
	return 0;
}
