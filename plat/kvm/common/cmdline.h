/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * cmdline.h - keeping the kernel command line: the loader's copy lives
 * in memory the platform hands out as free RAM, so it is copied into
 * the image first.
 */
#ifndef KVM_CMDLINE_H
#define KVM_CMDLINE_H

/** Size of the kept command line, NUL included. */
#define KVM_CMDLINE_MAX 4096

/**
 * Copy src (NULL: empty) into the platform's buffer, truncated with a
 * console warning beyond KVM_CMDLINE_MAX - 1 bytes. Returns the copy,
 * which the caller may edit in place.
 */
char *kvm_cmdline_keep(const char *src);

#endif /* KVM_CMDLINE_H */
