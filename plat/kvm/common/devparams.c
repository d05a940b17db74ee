/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio_mmio.device= words taken out of the command line at boot and
 * kept as they are; devparams_parse.c reads them when the device layer
 * first asks, so an image without devices carries no parser.
 */
#include <stdbool.h>
#include <stddef.h>
#include "cmdline.h"
#include "devparams.h"
#include "../../shared/kprint.h"

char kvm_devparams_words[KVM_DEVPARAMS_SPACE];
static size_t used;

static bool take(const char *w, size_t n, void *ctx)
{
	size_t i;

	(void)ctx;
	if (!kvm_cmdline_word_starts(w, n, KVM_DEVPARAMS_PREFIX))
		return false;
	if (used + n + 1 >= sizeof(kvm_devparams_words)) {
		plat_puts(
			"kvm: too many virtio_mmio.device= entries, some ignored\n");
		return true;
	}
	for (i = 0; i < n; i++)
		kvm_devparams_words[used++] = w[i];
	kvm_devparams_words[used++] = '\0';
	return true;
}

void kvm_devparams_take(char *cmdline)
{
	kvm_cmdline_take(cmdline, take, NULL);
}
