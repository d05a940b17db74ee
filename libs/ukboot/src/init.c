/* SPDX-License-Identifier: BSD-3-Clause */
/* The boot-time functions of uk/init.h, run by level before main(). */
#include <limits.h>
#include <uk/init.h>
#include <uk/ukdebug.h>

extern const struct uk_boot_init __start_uk_inits[] __attribute__((weak));
extern const struct uk_boot_init __stop_uk_inits[] __attribute__((weak));

void uk_boot_run_inits(void)
{
	const struct uk_boot_init *e;
	int level = INT_MIN, next, r;

	if (!__start_uk_inits)
		return;
	/* Few entries: find the next level up each round, run that level. */
	for (;;) {
		next = INT_MAX;
		for (e = __start_uk_inits; e < __stop_uk_inits; e++)
			if (e->level > level && e->level < next)
				next = e->level;
		if (next == INT_MAX)
			return;
		for (e = __start_uk_inits; e < __stop_uk_inits; e++) {
			if (e->level != next)
				continue;
			r = e->fn();
			if (r < 0)
				uk_pr_err("ukboot: init %s failed: %d\n",
					  e->name, -r);
		}
		level = next;
	}
}
