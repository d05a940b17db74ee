/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Grant tables in any domain: the table is set up, references come and
 * go through the free list (never a reserved one), every one can be in
 * use at once, and ending access frees it. On x86_64, dom0 knows its own domain id
 * (0), so it also grants a page to itself, maps the grant at another
 * address, sees the same bytes there and Xen's "in use" flags, cannot
 * end the grant while it is mapped, and can once it is unmapped.
 */
#include <errno.h>
#include <string.h>
#include <uk/gnttab.h>
#include <uk/test.h>
#include <uk/xen/platform.h>

UK_TESTSUITE(xengnttab);

static char page[4096] __attribute__((aligned(4096)));
#if defined(CONFIG_ARCH_X86_64)
/* Its mapping is given to the grant, then gone: nothing else uses it. */
static char mapped_here[4096] __attribute__((aligned(4096)));
#endif

UK_TEST(xengnttab, refs_come_from_the_free_list)
{
	long a, b, c;
	unsigned int free0;

	UK_TEST_ASSERT_EQ(uk_gnttab_init(), 0);
	UK_TEST_EXPECT_GE(uk_gnttab_capacity(), 512);
	free0 = uk_gnttab_free_count();
	UK_TEST_EXPECT_EQ(free0, uk_gnttab_capacity() - UK_GNTTAB_RESERVED);
	a = uk_gnttab_grant_page(0, page, true);
	b = uk_gnttab_grant_page(0, page, false);
	UK_TEST_EXPECT_GE(a, UK_GNTTAB_RESERVED);
	UK_TEST_EXPECT_GE(b, UK_GNTTAB_RESERVED);
	UK_TEST_EXPECT_NE(a, b);
	UK_TEST_EXPECT_EQ(uk_gnttab_flags(a),
			  UK_GTF_PERMIT_ACCESS | UK_GTF_READONLY);
	UK_TEST_EXPECT_EQ(uk_gnttab_flags(b), UK_GTF_PERMIT_ACCESS);
	UK_TEST_EXPECT_EQ(uk_gnttab_free_count(), free0 - 2);
	UK_TEST_EXPECT_EQ(uk_gnttab_end(a), 0);
	UK_TEST_EXPECT_EQ(uk_gnttab_flags(a), 0);
	UK_TEST_EXPECT_EQ(uk_gnttab_end(a), -EINVAL);
	/* The freed one is handed out again first. */
	c = uk_gnttab_grant_page(0, page, true);
	UK_TEST_EXPECT_EQ(c, a);
	UK_TEST_EXPECT_EQ(uk_gnttab_end(c), 0);
	UK_TEST_EXPECT_EQ(uk_gnttab_end(b), 0);
	UK_TEST_EXPECT_EQ(uk_gnttab_end(1), -EINVAL); /* reserved */
	UK_TEST_EXPECT_EQ(uk_gnttab_grant_page(0, page + 1, true), -EINVAL);
	UK_TEST_EXPECT_EQ(uk_gnttab_free_count(), free0);
}

UK_TEST(xengnttab, every_ref_at_once_then_enospc)
{
	unsigned int n = 0, i, cap;
	long r;

	UK_TEST_ASSERT_EQ(uk_gnttab_init(), 0);
	cap = uk_gnttab_capacity();
	while ((r = uk_gnttab_grant_page(0, page, true)) >= 0)
		n++;
	UK_TEST_EXPECT_EQ(r, -ENOSPC);
	UK_TEST_EXPECT_EQ(n, cap - UK_GNTTAB_RESERVED);
	UK_TEST_EXPECT_EQ(uk_gnttab_free_count(), 0);
	for (i = UK_GNTTAB_RESERVED; i < cap; i++)
		if (uk_gnttab_end(i) != 0)
			break;
	UK_TEST_EXPECT_EQ(i, cap);
	UK_TEST_EXPECT_EQ(uk_gnttab_free_count(), cap - UK_GNTTAB_RESERVED);
}

#if defined(CONFIG_ARCH_X86_64)
/* (arm64 would map it at a guest-physical address free of RAM: not yet.) */
UK_TEST(xengnttab, dom0_maps_its_own_grant)
{
	uint32_t handle;
	long ref;

	if (!ukplat_xen_is_dom0())
		return; /* a domU does not know its own id without xenstore */
	memcpy(page, "granted to myself", 18);
	ref = uk_gnttab_grant_page(0, page, false);
	UK_TEST_ASSERT(ref >= 0);
	UK_TEST_ASSERT_EQ(uk_gnttab_map(0, ref, mapped_here, false, &handle),
			  0);
	UK_TEST_EXPECT_MEMEQ(mapped_here, "granted to myself", 18);
	memcpy(mapped_here, "written back", 13);
	UK_TEST_EXPECT_MEMEQ(page, "written back", 13);
	UK_TEST_EXPECT(uk_gnttab_flags(ref) & UK_GTF_READING);
	UK_TEST_EXPECT(uk_gnttab_flags(ref) & UK_GTF_WRITING);
	UK_TEST_EXPECT_EQ(uk_gnttab_end(ref), -EBUSY);
	UK_TEST_EXPECT_EQ(uk_gnttab_unmap(mapped_here, handle), 0);
	UK_TEST_EXPECT_EQ(
		uk_gnttab_flags(ref) & (UK_GTF_READING | UK_GTF_WRITING), 0);
	UK_TEST_EXPECT_EQ(uk_gnttab_end(ref), 0);
}
#endif
