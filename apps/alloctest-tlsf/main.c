/* SPDX-License-Identifier: BSD-3-Clause */
/* Runs the tests of ukalloc and of the TLSF allocator, the allocator
 * of this image, or those matching the arguments. */
#include <uk/test.h>

int main(int argc, char *argv[]) { return uk_test_main(argc, argv); }
