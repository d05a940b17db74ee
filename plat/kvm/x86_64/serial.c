/* SPDX-License-Identifier: BSD-3-Clause */
/* Console on the COM1 16550 UART: polled transmit, "\n" -> "\r\n", polled receive. */
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/console.h>
#include "serial.h"

#define COM1 0x3f8
#define UART_THR 0 /* transmit holding (DLAB=0) */
#define UART_RBR 0 /* receive buffer (DLAB=0) */
#define UART_DLL 0 /* divisor low (DLAB=1) */
#define UART_IER 1 /* interrupt enable (DLAB=0) */
#define UART_DLM 1 /* divisor high (DLAB=1) */
#define UART_FCR 2 /* FIFO control */
#define UART_LCR 3 /* line control */
#define UART_MCR 4 /* modem control */
#define UART_LSR 5 /* line status */

#define LCR_DLAB 0x80
#define LCR_8N1 0x03
/*
 * FIFOs off: switching them on resets them, dropping input that arrived
 * before, and with them off QEMU hands the guest one byte at a time as
 * it reads them (no overrun under polling).
 */
#define FCR_FIFOS_OFF 0x00
#define MCR_DTR_RTS 0x03
#define LSR_DR 0x01   /* a received byte is waiting */
#define LSR_THRE 0x20 /* transmit holding register empty */

#define BAUD_DIVISOR 1 /* 115200 baud */
/* Give up waiting for a stuck UART rather than hang the system. */
#define TX_SPIN_LIMIT 1000000

static bool ready;
/* The last character written, for kvm_serial_at_line_start(). */
static char last = '\n';

void kvm_serial_init(void)
{
	ukarch_outb(COM1 + UART_IER, 0);
	ukarch_outb(COM1 + UART_LCR, LCR_DLAB);
	ukarch_outb(COM1 + UART_DLL, BAUD_DIVISOR & 0xff);
	ukarch_outb(COM1 + UART_DLM, BAUD_DIVISOR >> 8);
	ukarch_outb(COM1 + UART_LCR, LCR_8N1);
	ukarch_outb(COM1 + UART_FCR, FCR_FIFOS_OFF);
	ukarch_outb(COM1 + UART_MCR, MCR_DTR_RTS);
	ready = true;
}

static void serial_putc(char c)
{
	unsigned int spins = 0;

	while (!(ukarch_inb(COM1 + UART_LSR) & LSR_THRE) &&
	       spins++ < TX_SPIN_LIMIT)
		ukarch_pause();
	ukarch_outb(COM1 + UART_THR, (uint8_t)c);
}

int ukplat_coutk(const char *buf, size_t len)
{
	size_t i;

	if (!ready)
		kvm_serial_init();
	for (i = 0; i < len; i++) {
		if (buf[i] == '\n')
			serial_putc('\r');
		serial_putc(buf[i]);
	}
	if (len)
		last = buf[len - 1];
	return len > INT_MAX ? INT_MAX : (int)len;
}

int ukplat_cink(char *buf, size_t len)
{
	size_t n = 0;

	if (!ready)
		kvm_serial_init();
	while (n < len && n < INT_MAX && (ukarch_inb(COM1 + UART_LSR) & LSR_DR))
		buf[n++] = (char)ukarch_inb(COM1 + UART_RBR);
	return (int)n;
}

bool kvm_serial_at_line_start(void) { return last == '\n'; }
