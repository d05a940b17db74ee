/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * devparams.h - device words of the kernel command line: QEMU's microvm
 * names its virtio-mmio devices there, as Linux's
 * "virtio_mmio.device=<size>@<base>:<irq>[:<id>]", and they are no
 * arguments of main(): the platform takes them out and keeps them for
 * ukplat_cmdline_virtio_mmio() (uk/plat/io.h).
 */
#ifndef KVM_DEVPARAMS_H
#define KVM_DEVPARAMS_H

/** Most virtio-mmio devices kept from the command line. */
#define KVM_DEVPARAMS_MAX 16
/** Bytes kept for the words, NUL-separated. */
#define KVM_DEVPARAMS_SPACE 1024
#define KVM_DEVPARAMS_PREFIX "virtio_mmio.device="

/** The words taken out, each NUL-terminated, an empty one after the last. */
extern char kvm_devparams_words[KVM_DEVPARAMS_SPACE];

/**
 * Remove every virtio_mmio.device= word from cmdline (edited in place)
 * into kvm_devparams_words; ukplat_cmdline_virtio_mmio() parses them
 * (and names on the console each that does not parse).
 */
void kvm_devparams_take(char *cmdline);

#endif /* KVM_DEVPARAMS_H */
