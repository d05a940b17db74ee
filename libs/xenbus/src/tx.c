/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Transactions: XS_TRANSACTION_START (payload "", reply the id in
 * decimal), the body's requests carrying that id, XS_TRANSACTION_END
 * with "T" (commit) or "F" (abort). xenstored answers a commit with
 * EAGAIN when something the transaction touched changed meanwhile;
 * uk_xs_transaction() then runs the body again in a new one.
 */
#include <errno.h>
#include <stdlib.h>
#include "core.h"

int uk_xs_tx_start(struct uk_xs *xs, uk_xs_tx_t *tx)
{
	struct xs_part p = { "", 1 };
	char buf[16], *end;
	unsigned long long id;
	int n = xs_request(xs, UK_XS_TRANSACTION_START, UK_XS_NO_TX, &p, 1, buf,
			   sizeof(buf) - 1);

	if (n < 0)
		return n;
	buf[n] = '\0';
	id = strtoull(buf, &end, 10);
	/* The id comes NUL-terminated. */
	if (!n || (*end && end != buf + n - 1) || !id || id > UINT32_MAX)
		return -EBADMSG;
	*tx = (uk_xs_tx_t)id;
	return 0;
}

int uk_xs_tx_end(struct uk_xs *xs, uk_xs_tx_t tx, bool commit)
{
	struct xs_part p = { commit ? "T" : "F", 2 };
	int n = xs_request(xs, UK_XS_TRANSACTION_END, tx, &p, 1, NULL, 0);

	return n == -ERANGE ? 0 : n < 0 ? n : 0;
}

int uk_xs_transaction(struct uk_xs *xs, uk_xs_tx_fn fn, void *arg,
		      unsigned int tries)
{
	uk_xs_tx_t tx;
	int rc = -EAGAIN;

	while (tries-- && rc == -EAGAIN) {
		rc = uk_xs_tx_start(xs, &tx);
		if (rc)
			return rc;
		rc = fn(xs, tx, arg);
		if (rc) {
			uk_xs_tx_end(xs, tx, false);
			continue;
		}
		rc = uk_xs_tx_end(xs, tx, true);
	}
	return rc;
}
