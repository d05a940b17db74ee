/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Runs the in-image tests of the Xen PV libraries (uktest) named by the
 * arguments: "xenstore" (xen-x86_64) and "xengnttab" anywhere; "xen_domu" only in a domU
 * whose dom0 runs the other half of it (test/e2e/xen-x86_64.test.ts).
 */
#include <uk/test.h>

int main(int argc, char *argv[]) { return uk_test_main(argc, argv); }
