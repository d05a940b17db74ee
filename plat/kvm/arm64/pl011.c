/* SPDX-License-Identifier: BSD-3-Clause */
/* Console on the PL011 UART: polled transmit, "\n" -> "\r\n", polled receive. */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/console.h>
#include "pl011.h"

/* Register offsets (PL011 technical reference manual) */
#define UART_DR 0x00   /* data */
#define UART_FR 0x18   /* flags */
#define UART_IBRD 0x24 /* integer baud divisor */
#define UART_FBRD 0x28 /* fractional baud divisor */
#define UART_LCRH 0x2c /* line control */
#define UART_CR 0x30   /* control */
#define UART_IMSC 0x38 /* interrupt mask */
#define UART_ICR 0x44  /* interrupt clear */

#define FR_BUSY (1u << 3)
#define FR_RXFE (1u << 4) /* receive FIFO empty */
#define FR_TXFF (1u << 5) /* transmit FIFO full */
#define LCRH_WLEN8 (3u << 5)
#define CR_UARTEN (1u << 0)
#define CR_TXE (1u << 8)
#define CR_RXE (1u << 9)

/* 115200 baud from QEMU's 24 MHz UART clock: 24e6 / (16 * 115200) = 13.02 */
#define BAUD_IBRD 13
#define BAUD_FBRD 1
/* Give up waiting for a stuck UART rather than hang the system. */
#define TX_SPIN_LIMIT 1000000

static bool ready;
static bool line_start = true;

static inline void wr(unsigned int reg, uint32_t v)
{
	*(volatile uint32_t *)(KVM_ARM64_PL011_BASE + reg) = v;
}

static inline uint32_t rd(unsigned int reg)
{
	return *(volatile uint32_t *)(KVM_ARM64_PL011_BASE + reg);
}

void kvm_arm64_pl011_init(void)
{
	unsigned int spins = 0;

	wr(UART_CR, 0);
	while ((rd(UART_FR) & FR_BUSY) && spins++ < TX_SPIN_LIMIT)
		ukarch_pause();
	wr(UART_ICR, 0x7ff);
	wr(UART_IMSC, 0);
	wr(UART_IBRD, BAUD_IBRD);
	wr(UART_FBRD, BAUD_FBRD);
	/*
	 * FIFOs off: switching them on resets them, dropping input that
	 * arrived before, and with them off QEMU hands the guest one byte at
	 * a time as it reads them (no overrun under polling).
	 */
	wr(UART_LCRH, LCRH_WLEN8);
	wr(UART_CR, CR_UARTEN | CR_TXE | CR_RXE);
	ready = true;
}

static void putc_raw(char c)
{
	unsigned int spins = 0;

	while ((rd(UART_FR) & FR_TXFF) && spins++ < TX_SPIN_LIMIT)
		ukarch_pause();
	wr(UART_DR, (uint8_t)c);
}

int ukplat_coutk(const char *buf, size_t len)
{
	size_t i;

	if (!ready)
		kvm_arm64_pl011_init();
	for (i = 0; i < len; i++) {
		if (buf[i] == '\n')
			putc_raw('\r');
		putc_raw(buf[i]);
	}
	if (len)
		line_start = buf[len - 1] == '\n';
	return len > INT_MAX ? INT_MAX : (int)len;
}

int ukplat_cink(char *buf, size_t len)
{
	size_t n = 0;

	if (!ready)
		kvm_arm64_pl011_init();
	while (n < len && n < INT_MAX && !(rd(UART_FR) & FR_RXFE))
		buf[n++] = (char)(rd(UART_DR) & 0xff);
	return (int)n;
}

bool kvm_arm64_pl011_at_line_start(void) { return line_start; }
