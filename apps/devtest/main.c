/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Device layer tests: binds the drivers, prints one line per device found
 * ("dev: <name> [<driver>] <what was found>"), then runs the in-image
 * tests of the device libraries (or those the arguments name) and
 * returns 0 if all passed. test/e2e/netdev-devices.test.ts boots it
 * under several QEMU machine configurations and checks both.
 */
#include <stdio.h>
#include <uk/dev.h>
#include <uk/test.h>

int main(int argc, char *argv[])
{
	printf("devtest: %u device(s) bound\n", uk_dev_init());
	uk_dev_print();
	return uk_test_main(argc, argv);
}
