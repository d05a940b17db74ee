/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/initrd.h - unpack a cpio newc archive (uk/cpio.h) into the file
 * tree. With the option BOOT (default on) the initrd the platform handed
 * over (struct ukplat_bootinfo: QEMU -initrd on kvm) is unpacked into /
 * at boot (uk/init.h, level UK_BOOT_INIT_FSFILL), after the root
 * file system is mounted. A bad archive stops the unpacking with one
 * line on the console ("initrd: ..."); what was unpacked before stays,
 * and the image goes on to main().
 */
#ifndef UK_INITRD_H
#define UK_INITRD_H

#include <stddef.h>

/**
 * Unpack the archive buf[0..len) under the directory dest: directories,
 * regular files (mode and contents) and symbolic links; missing parent
 * directories are made. Returns the number of members unpacked, or a
 * negative errno (-EINVAL: a bad archive, -ENOSPC: a file too large for
 * memory, or what the file calls gave), after printing why.
 */
int uk_initrd_unpack(const void *buf, size_t len, const char *dest);

#endif /* UK_INITRD_H */
