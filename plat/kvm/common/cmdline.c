/* SPDX-License-Identifier: BSD-3-Clause */
/* The platform's copy of the kernel command line. */
#include <stddef.h>
#include "cmdline.h"
#include "kprint.h"

static char cmdline[KVM_CMDLINE_MAX];

char *kvm_cmdline_keep(const char *src)
{
	size_t i = 0;

	if (src) {
		while (src[i] && i < KVM_CMDLINE_MAX - 1) {
			cmdline[i] = src[i];
			i++;
		}
		if (src[i])
			kvm_puts("kvm: command line truncated to 4095 bytes\n");
	}
	cmdline[i] = '\0';
	return cmdline;
}
