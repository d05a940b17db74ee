/* SPDX-License-Identifier: BSD-3-Clause */
/* Taking the ukplat.* words out of the command line. */
#include <stddef.h>
#include "params.h"

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

static bool word_is(const char *w, size_t len, const char *s)
{
	size_t i;

	for (i = 0; i < len && s[i] && w[i] == s[i]; i++)
		;
	return i == len && !s[i];
}

/* Length of the word at s: up to whitespace outside quotes. */
static size_t word_len(const char *s)
{
	char quote = 0;
	size_t n;

	for (n = 0; s[n]; n++) {
		if (quote) {
			if (s[n] == quote)
				quote = 0;
		} else if (s[n] == '\'' || s[n] == '"') {
			quote = s[n];
		} else if (is_space(s[n])) {
			break;
		}
	}
	return n;
}

void kvm_arm64_params_take(char *cmdline, struct kvm_arm64_params *p)
{
	char *in = cmdline, *out = cmdline;
	size_t n, i;

	for (;;) {
		while (is_space(*in))
			in++;
		if (!*in)
			break;
		n = word_len(in);
		if (word_is(in, n, "ukplat.semihosting=1")) {
			p->semihosting = true;
		} else if (word_is(in, n, "ukplat.semihosting=0")) {
			p->semihosting = false;
		} else {
			if (out != cmdline)
				*out++ = ' ';
			for (i = 0; i < n; i++)
				*out++ = in[i];
		}
		in += n;
	}
	*out = '\0';
}
