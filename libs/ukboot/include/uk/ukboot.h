/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/ukboot.h - what the boot library expects from the application.
 *
 * ukboot implements ukplat_entry() (uk/plat/boot.h): it makes the
 * image's allocator (uk_allocator_init(), from the library providing the
 * 'allocator' capability) on the largest memory region the platform
 * reported and registers it as the default (so malloc works), builds
 * argv (the platform's own argv, or argv[0] = CONFIG_LIBUKBOOT_ARGV0
 * followed by the kernel command line split by ukargparse, at most
 * CONFIG_LIBUKBOOT_MAXARGS entries in all), moves its leading
 * env.NAME=value arguments into the environment (nolibc's uk/environ.h),
 * calls main() and ends the unikernel with its return value through
 * exit() (atexit functions, stream flush, ukplat_terminate()). main()
 * runs as the thread "main" of uk/sched.h: ukboot requires a provider of
 * 'scheduler' (ukschedcoop by default), so every image can start threads
 * and nothing needs starting at boot.
 */
#ifndef UK_UKBOOT_H
#define UK_UKBOOT_H

/** The application's entry point; argv[argc] is NULL. */
int main(int argc, char *argv[]);

/**
 * The argc and argv main() is given, for libraries that take their
 * settings from the command line too (lwIP's ip=, dhcp, ...). argv is
 * NULL and *argc 0 before main() starts.
 */
char **uk_boot_argv(int *argc);

#endif /* UK_UKBOOT_H */
