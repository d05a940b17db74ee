/* SPDX-License-Identifier: BSD-3-Clause */
/* Taking the ukplat.* words out of the command line. */
#include <stddef.h>
#include "../common/cmdline.h"
#include "params.h"

static bool take(const char *w, size_t n, void *ctx)
{
	struct kvm_arm64_params *p = ctx;

	if (kvm_cmdline_word_is(w, n, "ukplat.semihosting=1"))
		p->semihosting = true;
	else if (kvm_cmdline_word_is(w, n, "ukplat.semihosting=0"))
		p->semihosting = false;
	else
		return false;
	return true;
}

void kvm_arm64_params_take(char *cmdline, struct kvm_arm64_params *p)
{
	kvm_cmdline_take(cmdline, take, p);
}
