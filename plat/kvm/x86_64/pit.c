/* SPDX-License-Identifier: BSD-3-Clause */
/* Waiting a number of PIT ticks: channel 0 as a free-running counter. */
#include <uk/arch/lcpu.h>
#include "pit.h"

#define PIT_CH0 0x40
#define PIT_CMD 0x43
#define PIT_CH0_RATE 0x34 /* channel 0, lo/hi byte, mode 2, binary */
#define PIT_CH0_LATCH 0x00

static unsigned int read_count(void)
{
	unsigned int lo, hi;

	ukarch_outb(PIT_CMD, PIT_CH0_LATCH);
	lo = ukarch_inb(PIT_CH0);
	hi = ukarch_inb(PIT_CH0);
	return (hi << 8) | lo;
}

int kvm_pit_wait(unsigned int ticks, unsigned long long max_tsc,
		 unsigned long long *cycles, unsigned int *counted)
{
	unsigned long long first, now;
	unsigned int prev, cur, done = 0;

	/* Mode 2 with a count of 0: counts 65536 down to 1, then reloads. */
	ukarch_outb(PIT_CMD, PIT_CH0_RATE);
	ukarch_outb(PIT_CH0, 0);
	ukarch_outb(PIT_CH0, 0);
	prev = read_count();
	first = now = ukarch_rdtsc();
	while (done < ticks) {
		cur = read_count();
		now = ukarch_rdtsc();
		done += (prev - cur) & 0xffff; /* counting down, mod 2^16 */
		if (cur == prev && now - first > max_tsc)
			return -1;
		prev = cur;
	}
	if (cycles)
		*cycles = now - first;
	if (counted)
		*counted = done;
	return 0;
}

void kvm_pit_periodic(unsigned int count)
{
	ukarch_outb(PIT_CMD, PIT_CH0_RATE);
	ukarch_outb(PIT_CH0, (uint8_t)count);
	ukarch_outb(PIT_CH0, (uint8_t)(count >> 8));
}
