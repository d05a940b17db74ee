/* SPDX-License-Identifier: BSD-3-Clause */
/* Doubly linked lists of pages, linked through their metadata. */
#include "bbuddy.h"

void bb_push(struct bbuddy *b, uint32_t *head, uint32_t page)
{
	struct bb_page *m = &b->meta[page];

	m->prev = BB_NONE;
	m->next = *head;
	if (*head != BB_NONE)
		b->meta[*head].prev = page;
	*head = page;
}

void bb_unlink(struct bbuddy *b, uint32_t *head, uint32_t page)
{
	struct bb_page *m = &b->meta[page];

	if (m->prev != BB_NONE)
		b->meta[m->prev].next = m->next;
	else
		*head = m->next;
	if (m->next != BB_NONE)
		b->meta[m->next].prev = m->prev;
	m->prev = m->next = BB_NONE;
}
