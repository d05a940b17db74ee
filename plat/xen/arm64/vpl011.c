/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The console of a dom0less domU: the SBSA UART that Xen emulates
 * (vpl011) when the domain's node has "vpl011". Only the data register
 * (+0x00) and the flag register's TX-full bit (+0x18, bit 5) are used.
 */
#include <stddef.h>
#include <stdint.h>
#include "../common/console.h"
#include "platform_arm64.h"

#define UART_DR 0x00
#define UART_FR 0x18
#define UART_FR_TXFF (1u << 5)

static volatile uint32_t *uart;

static void uart_putc(char c)
{
	while (uart[UART_FR / 4] & UART_FR_TXFF)
		;
	uart[UART_DR / 4] = (uint8_t)c;
}

static void uart_write(const char *buf, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (buf[i] == '\n')
			uart_putc('\r');
		uart_putc(buf[i]);
	}
}

void xen_arm64_use_vpl011(uint64_t base)
{
	uart = (volatile uint32_t *)(uintptr_t)base;
	xen_console_use_writer(uart_write);
}
