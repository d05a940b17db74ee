/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host test of netfront's rings (src/ring.c) against a fake netback
 * that reads our requests and writes responses straight into the ring
 * pages: good frames both ways, then everything a broken or hostile
 * back end could answer: wrong ids, lengths of 0, runts, lengths past
 * the page, offsets past the page, error statuses, chained slots we did
 * not negotiate (more_data, extra-info), transmit responses for ids not
 * in flight or out of range, and more responses than requests. Each is
 * counted and dropped; the rings go on working afterwards (except after
 * an overrun, which stops them for good) and never hand out memory
 * outside the pages.
 *
 * One line per check ("ok <name>"), then "N passed, M failed"; exit 1
 * if any failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../src/ring.h"

static unsigned int passed, failed;
static const char *current;

#define CHECK(c)                                                       \
	do {                                                           \
		if (!(c)) {                                            \
			printf("FAIL %s: %s (line %d)\n", current, #c, \
			       __LINE__);                              \
			bad = 1;                                       \
		}                                                      \
	} while (0)

static _Alignas(4096) uint8_t tx_page[NF_PAGE_SIZE], rx_page[NF_PAGE_SIZE];
static _Alignas(4096) uint8_t bufs[2 * 16][NF_PAGE_SIZE];
static struct nf_rings r;

static void setup(void)
{
	unsigned int i;

	nf_rings_init(&r, tx_page, rx_page, 16, 16);
	for (i = 0; i < 16; i++) {
		r.tx_page[i] = bufs[i];
		r.tx_gref[i] = 100 + i;
		r.rx_page[i] = bufs[16 + i];
		r.rx_gref[i] = 200 + i;
	}
	nf_rx_push(&r);
}

/* ---- the fake netback ---- */

static struct nf_tx_sring *txs(void) { return (struct nf_tx_sring *)tx_page; }
static struct nf_rx_sring *rxs(void) { return (struct nf_rx_sring *)rx_page; }
static uint32_t back_rx_cons, back_tx_cons;

/* Answer the next receive request: copy len bytes of fill, with fields. */
static void rx_answer(int id_delta, uint16_t offset, uint16_t flags,
		      int16_t status, uint8_t fill)
{
	struct nf_rx_sring *s = rxs();
	uint32_t i = back_rx_cons++;
	struct nf_rx_req q = s->ring[i % NF_RING_SIZE].req;
	struct nf_rx_rsp *p = &s->ring[i % NF_RING_SIZE].rsp;

	if (status > 0 && offset + status <= NF_PAGE_SIZE)
		memset(bufs[16 + (q.gref - 200)] + offset, fill,
		       (size_t)status);
	p->id = (uint16_t)(q.id + id_delta);
	p->offset = offset;
	p->flags = flags;
	p->status = status;
	s->h.rsp_prod = back_rx_cons;
}

/* Answer the next transmit request with id (as read, or given) and status. */
static uint16_t tx_answer(int use_id, uint16_t id, int16_t status)
{
	struct nf_tx_sring *s = txs();
	uint32_t i = back_tx_cons++;
	struct nf_tx_req q = s->ring[i % NF_RING_SIZE].req;

	s->ring[i % NF_RING_SIZE].rsp.id = use_id ? id : q.id;
	s->ring[i % NF_RING_SIZE].rsp.status = status;
	s->h.rsp_prod = back_tx_cons;
	return q.id;
}

/* ---- checks ---- */

static int check_good_frames_both_ways(void)
{
	const uint8_t *data;
	uint32_t len;
	uint8_t frame[1514];
	int bad = 0, i;

	CHECK(rxs()->h.req_prod == 16); /* every slot offered */
	rx_answer(0, 0, 0, 60, 0xab);
	CHECK(nf_rx_pending(&r));
	CHECK(nf_rx_next(&r, &data, &len) == 1);
	CHECK(len == 60 && data[0] == 0xab && data[59] == 0xab);
	CHECK(data >= &bufs[0][0] + 16 * NF_PAGE_SIZE &&
	      data + len <= &bufs[0][0] + sizeof(bufs));
	CHECK(nf_rx_next(&r, &data, &len) == 0);
	nf_rx_push(&r);
	CHECK(rxs()->h.req_prod == 17); /* the slot went back */
	memset(frame, 0x5a, sizeof(frame));
	for (i = 0; i < 16; i++)
		CHECK(nf_tx_queue(&r, frame, sizeof(frame)) == 0);
	CHECK(nf_tx_queue(&r, frame, sizeof(frame)) == -1); /* full */
	CHECK(nf_tx_push(&r));
	CHECK(txs()->h.req_prod == 16);
	CHECK(txs()->ring[0].req.size == 1514 &&
	      txs()->ring[0].req.gref >= 100 && txs()->ring[0].req.gref < 116);
	for (i = 0; i < 16; i++)
		tx_answer(0, 0, NF_RSP_OKAY);
	CHECK(nf_tx_reclaim(&r) == 16);
	CHECK(r.err.tx_bad_id == 0 && r.err.tx_bad_status == 0);
	return bad;
}

static int check_bad_receive_responses_are_dropped(void)
{
	const struct nf_errors e0 = r.err;
	const uint8_t *data;
	uint32_t len;
	int bad = 0;

	rx_answer(1, 0, 0, 60, 1);		   /* another slot's id */
	rx_answer(0, 0, 0, 0, 1);		   /* empty */
	rx_answer(0, 0, 0, 10, 1);		   /* runt */
	rx_answer(0, 4000, 0, 200, 1);		   /* past the page */
	rx_answer(0, 5000, 0, 60, 1);		   /* offset past the page */
	rx_answer(0, 0, 0, NF_RSP_ERROR, 1);	   /* error */
	rx_answer(0, 0, 0, NF_RSP_DROPPED, 1);	   /* dropped */
	rx_answer(0, 0, 0, -32768, 1);		   /* nonsense */
	rx_answer(0, 0, NF_RXF_MORE_DATA, 100, 1); /* chained ... */
	rx_answer(0, 0, 0, 100, 1);		   /* ... its tail */
	rx_answer(0, 0, 0, 100, 7);		   /* a good one */
	CHECK(nf_rx_next(&r, &data, &len) == 1);
	CHECK(len == 100 && data[0] == 7);
	CHECK(r.err.rx_bad_id - e0.rx_bad_id == 1);
	CHECK(r.err.rx_bad_len - e0.rx_bad_len == 4);
	CHECK(r.err.rx_bad_status - e0.rx_bad_status == 3);
	CHECK(r.err.rx_bad_flags - e0.rx_bad_flags == 1);
	CHECK(nf_rx_next(&r, &data, &len) == 0);
	nf_rx_push(&r);
	CHECK(rxs()->h.req_prod - back_rx_cons == 16); /* every slot back */
	return bad;
}

static int check_extra_info_slots_are_skipped(void)
{
	struct nf_rx_sring *s = rxs();
	const uint8_t *data;
	uint32_t len, i;
	int bad = 0;

	rx_answer(0, 0, NF_RXF_EXTRA_INFO, 100, 1);
	/* two extra-info slots, the first saying another follows */
	i = back_rx_cons++;
	memset(s->ring[i % NF_RING_SIZE].extra, 0, 8);
	s->ring[i % NF_RING_SIZE].extra[1] = NF_EXTRA_FLAG_MORE;
	i = back_rx_cons++;
	memset(s->ring[i % NF_RING_SIZE].extra, 0, 8);
	s->h.rsp_prod = back_rx_cons;
	rx_answer(0, 0, 0, 64, 9);
	CHECK(nf_rx_next(&r, &data, &len) == 1);
	CHECK(len == 64 && data[0] == 9);
	nf_rx_push(&r);
	return bad;
}

static int check_bad_transmit_responses_are_counted(void)
{
	const struct nf_errors e0 = r.err;
	uint8_t frame[60] = { 0 };
	int bad = 0;
	uint16_t id;

	CHECK(nf_tx_queue(&r, frame, sizeof(frame)) == 0);
	CHECK(nf_tx_queue(&r, frame, sizeof(frame)) == 0);
	CHECK(nf_tx_queue(&r, frame, sizeof(frame)) == 0);
	nf_tx_push(&r);
	id = tx_answer(0, 0, NF_RSP_ERROR); /* sent with an error */
	tx_answer(1, id, NF_RSP_OKAY);	    /* that id again: not in flight */
	tx_answer(1, 999, NF_RSP_OKAY);	    /* out of range */
	nf_tx_reclaim(&r);
	CHECK(r.err.tx_bad_status - e0.tx_bad_status == 1);
	CHECK(r.err.tx_bad_id - e0.tx_bad_id == 2);
	/* two ids are lost for good, but the ring goes on with the rest */
	CHECK(nf_tx_reclaim(&r) == 14);
	CHECK(nf_tx_queue(&r, frame, sizeof(frame)) == 0);
	nf_tx_push(&r);
	tx_answer(0, 0, NF_RSP_OKAY);
	CHECK(nf_tx_reclaim(&r) == 14);
	CHECK(nf_tx_queue(&r, frame, 0) == -1 &&
	      nf_tx_queue(&r, frame, NF_PAGE_SIZE + 1) == -1);
	return bad;
}

static int check_events_are_asked_for(void)
{
	int bad = 0;

	CHECK(!nf_rx_arm(&r));
	CHECK(rxs()->h.rsp_event == r.rx_cons + 1);
	rx_answer(0, 0, 0, 60, 1);
	CHECK(nf_rx_arm(&r)); /* already there: no event will come */
	CHECK(!nf_tx_arm(&r));
	CHECK(txs()->h.rsp_event == r.tx_cons + 1);
	/* netback asks to be told of requests past req_event only */
	txs()->h.req_event = r.tx_prod + 2;
	{
		uint8_t f[60] = { 0 };

		nf_tx_queue(&r, f, 60);
		CHECK(!nf_tx_push(&r));
		nf_tx_queue(&r, f, 60);
		CHECK(nf_tx_push(&r));
		tx_answer(0, 0, NF_RSP_OKAY);
		tx_answer(0, 0, NF_RSP_OKAY);
		nf_tx_reclaim(&r);
	}
	return bad;
}

static int check_overrun_stops_the_rings(void)
{
	const uint8_t *data;
	uint32_t len;
	uint8_t f[60] = { 0 };
	int bad = 0;

	rxs()->h.rsp_prod = r.rx_cons + 17; /* more than the 16 asked for */
	CHECK(nf_rx_next(&r, &data, &len) == 0);
	CHECK(r.err.overrun == 1 && r.broken);
	CHECK(nf_tx_queue(&r, f, 60) == -1);
	CHECK(nf_tx_reclaim(&r) == 0);
	CHECK(!nf_rx_pending(&r) && !nf_rx_push(&r));
	return bad;
}

static void run(const char *name, int (*fn)(void))
{
	current = name;
	if (fn()) {
		failed++;
		printf("not ok %s\n", name);
	} else {
		passed++;
		printf("ok %s\n", name);
	}
}

int main(void)
{
	setup();
	{
		int bad = 0;

		current = "ring_slots";
		CHECK(nf_ring_slots(256) == 256 && nf_ring_slots(300) == 256 &&
		      nf_ring_slots(200) == 128 && nf_ring_slots(1) == 16);
		bad ? failed++ : passed++;
		printf("%s ring_slots\n", bad ? "not ok" : "ok");
	}
	run("good_frames_both_ways", check_good_frames_both_ways);
	run("bad_receive_responses_are_dropped",
	    check_bad_receive_responses_are_dropped);
	run("extra_info_slots_are_skipped", check_extra_info_slots_are_skipped);
	run("bad_transmit_responses_are_counted",
	    check_bad_transmit_responses_are_counted);
	run("events_are_asked_for", check_events_are_asked_for);
	run("overrun_stops_the_rings", check_overrun_stops_the_rings);
	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
