/* SPDX-License-Identifier: BSD-3-Clause */
/* The platform's copy of the kernel command line, and taking words out. */
#include <stddef.h>
#include "cmdline.h"
#include "../../shared/kprint.h"

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
			plat_puts(
				"kvm: command line truncated to 4095 bytes\n");
	}
	cmdline[i] = '\0';
	return cmdline;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

/*
 * Length of the word at s: up to whitespace outside quotes, with
 * ukargparse's quoting (uk/ukargparse.h): a backslash outside quotes
 * takes the next character, and \" or \\ inside "..." stay inside.
 */
static size_t word_len(const char *s)
{
	char quote = 0;
	size_t n;

	for (n = 0; s[n]; n++) {
		if (quote == '\'') {
			if (s[n] == quote)
				quote = 0;
		} else if (quote == '"') {
			if (s[n] == '"')
				quote = 0;
			else if (s[n] == '\\' &&
				 (s[n + 1] == '"' || s[n + 1] == '\\'))
				n++;
		} else if (s[n] == '\'' || s[n] == '"') {
			quote = s[n];
		} else if (s[n] == '\\') {
			if (s[n + 1])
				n++;
		} else if (is_space(s[n])) {
			break;
		}
	}
	return n;
}

void kvm_cmdline_take(char *cmdline, kvm_cmdline_taker_t take, void *ctx)
{
	char *in = cmdline, *out = cmdline;
	size_t n, i;

	for (;;) {
		while (is_space(*in))
			in++;
		if (!*in)
			break;
		n = word_len(in);
		if (!take(in, n, ctx)) {
			if (out != cmdline)
				*out++ = ' ';
			for (i = 0; i < n; i++)
				*out++ = in[i];
		}
		in += n;
	}
	*out = '\0';
}

bool kvm_cmdline_word_is(const char *w, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n && s[i] && w[i] == s[i]; i++)
		;
	return i == n && !s[i];
}

bool kvm_cmdline_word_starts(const char *w, size_t n, const char *prefix)
{
	size_t i;

	for (i = 0; prefix[i]; i++)
		if (i >= n || w[i] != prefix[i])
			return false;
	return true;
}
