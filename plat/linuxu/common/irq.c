/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/irq.h on linuxu: an interrupt line is a host file descriptor
 * (ukplat_irq_host_fd()), pending while it is readable. ukplat_halt()
 * polls the unmasked lines' descriptors with its timer and runs the
 * handlers of those that became readable, so device "interrupts" are
 * taken exactly where the other platforms take theirs. Lines behave as
 * level-triggered: a handler reads its descriptor dry or masks the line.
 */
#include <stdbool.h>
#include <uk/plat/host.h>
#include <uk/plat/irq.h>
#include "linuxu.h"

#define MAX_LINES 8
#define E_INVAL 22
#define E_NOSPC 28
#define E_NOTSUP 95

struct line {
	int fd; /* -1: free */
	bool masked;
	unsigned int nh;
	ukplat_irq_handler_t h[UKPLAT_IRQ_MAX_SHARED];
	void *arg[UKPLAT_IRQ_MAX_SHARED];
	uint64_t count;
};

static struct line lines[MAX_LINES];
static unsigned int nlines;

int ukplat_irq_host_fd(int fd)
{
	unsigned int i;

	if (fd < 0)
		return -E_INVAL;
	for (i = 0; i < nlines; i++)
		if (lines[i].fd == fd)
			return (int)i;
	if (nlines == MAX_LINES)
		return -E_NOSPC;
	lines[nlines] = (struct line){ .fd = fd, .masked = true };
	return (int)nlines++;
}

int ukplat_irq_register(unsigned int irq, unsigned int flags,
			ukplat_irq_handler_t handler, void *arg)
{
	struct line *l;

	(void)flags;
	if (irq >= nlines || !handler)
		return -E_INVAL;
	l = &lines[irq];
	if (l->nh == UKPLAT_IRQ_MAX_SHARED)
		return -E_NOSPC;
	l->h[l->nh] = handler;
	l->arg[l->nh++] = arg;
	l->masked = false;
	return 0;
}

void ukplat_irq_mask(unsigned int irq)
{
	if (irq < nlines)
		lines[irq].masked = true;
}

void ukplat_irq_unmask(unsigned int irq)
{
	if (irq < nlines)
		lines[irq].masked = false;
}

int ukplat_irq_msi_alloc(struct ukplat_irq_msi *msg)
{
	(void)msg;
	return -E_NOTSUP;
}

uint64_t ukplat_irq_count(unsigned int irq)
{
	return irq < nlines ? lines[irq].count : 0;
}

unsigned int linuxu_irq_pollfds(struct linuxu_pollfd *fds, unsigned int max,
				int tfd)
{
	unsigned int n = 0, i;

	if (tfd >= 0 && n < max)
		fds[n++] = (struct linuxu_pollfd){ tfd, LINUXU_POLLIN, 0 };
	for (i = 0; i < nlines && n < max; i++)
		if (!lines[i].masked && lines[i].nh)
			fds[n++] = (struct linuxu_pollfd){ lines[i].fd,
							   LINUXU_POLLIN, 0 };
	return n;
}

void linuxu_irq_dispatch(const struct linuxu_pollfd *fds, unsigned int n)
{
	unsigned int i, j, k;

	for (i = 0; i < n; i++) {
		if (!fds[i].revents)
			continue;
		for (j = 0; j < nlines; j++) {
			if (lines[j].fd != fds[i].fd || lines[j].masked)
				continue;
			lines[j].count++;
			for (k = 0; k < lines[j].nh; k++)
				lines[j].h[k](lines[j].arg[k]);
		}
	}
}
