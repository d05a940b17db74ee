/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * cmdline.h - keeping the kernel command line: the loader's copy lives
 * in memory the platform hands out as free RAM, so it is copied into
 * the image first; then the platform takes out the words that are its
 * own (ukplat.*, virtio_mmio.device=), which main() never sees.
 */
#ifndef KVM_CMDLINE_H
#define KVM_CMDLINE_H

#include <stdbool.h>
#include <stddef.h>

/** Size of the kept command line, NUL included. */
#define KVM_CMDLINE_MAX 4096

/**
 * Copy src (NULL: empty) into the platform's buffer, truncated with a
 * console warning beyond KVM_CMDLINE_MAX - 1 bytes. Returns the copy,
 * which the caller may edit in place.
 */
char *kvm_cmdline_keep(const char *src);

/**
 * Offered each word of the command line (w, n bytes: up to whitespace
 * outside quotes); returns true to take it out, false to keep it.
 */
typedef bool (*kvm_cmdline_taker_t)(const char *w, size_t n, void *ctx);

/**
 * Remove from cmdline (edited in place) the words take() claims; the
 * others stay, in order, one space apart, quoted text untouched.
 */
void kvm_cmdline_take(char *cmdline, kvm_cmdline_taker_t take, void *ctx);

/** True if the word w (n bytes) is exactly s. */
bool kvm_cmdline_word_is(const char *w, size_t n, const char *s);

/** True if the word w (n bytes) starts with prefix. */
bool kvm_cmdline_word_starts(const char *w, size_t n, const char *prefix);

#endif /* KVM_CMDLINE_H */
