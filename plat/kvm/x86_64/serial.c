/* SPDX-License-Identifier: BSD-3-Clause */
/* Console on the COM1 16550 UART: polled transmit, "\n" -> "\r\n". */
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/console.h>
#include "serial.h"

#define COM1 0x3f8
#define UART_THR 0 /* transmit holding (DLAB=0) */
#define UART_DLL 0 /* divisor low (DLAB=1) */
#define UART_IER 1 /* interrupt enable (DLAB=0) */
#define UART_DLM 1 /* divisor high (DLAB=1) */
#define UART_FCR 2 /* FIFO control */
#define UART_LCR 3 /* line control */
#define UART_MCR 4 /* modem control */
#define UART_LSR 5 /* line status */

#define LCR_DLAB 0x80
#define LCR_8N1 0x03
#define FCR_ENABLE_CLEAR 0x07 /* enable FIFOs, clear RX and TX */
#define MCR_DTR_RTS 0x03
#define LSR_THRE 0x20 /* transmit holding register empty */

#define BAUD_DIVISOR 1 /* 115200 baud */
/* Give up waiting for a stuck UART rather than hang the system. */
#define TX_SPIN_LIMIT 1000000

static bool ready;

void kvm_serial_init(void)
{
	ukarch_outb(COM1 + UART_IER, 0);
	ukarch_outb(COM1 + UART_LCR, LCR_DLAB);
	ukarch_outb(COM1 + UART_DLL, BAUD_DIVISOR & 0xff);
	ukarch_outb(COM1 + UART_DLM, BAUD_DIVISOR >> 8);
	ukarch_outb(COM1 + UART_LCR, LCR_8N1);
	ukarch_outb(COM1 + UART_FCR, FCR_ENABLE_CLEAR);
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
	return len > INT_MAX ? INT_MAX : (int)len;
}
