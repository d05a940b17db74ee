/* SPDX-License-Identifier: BSD-3-Clause */
/* Small objects: pages cut into objects of one power-of-two class. */
#include "bbuddy.h"

#define OBJ_NEXT(p) (*(uint16_t *)(p))

unsigned int bb_class_for(size_t size, size_t align)
{
	size_t need = size > align ? size : align;
	unsigned int c = 0;

	while (bb_class_size(c) < need)
		c++;
	return c;
}

/* Turn a fresh page into a slab of class c with every object free. */
static uint32_t new_slab(struct bbuddy *b, unsigned int c)
{
	uint32_t page = bb_alloc_pages(b, 0);
	size_t size = bb_class_size(c), off;
	unsigned char *base;
	struct bb_page *m;

	if (page == BB_NONE)
		return BB_NONE;
	base = bb_addr(b, page);
	for (off = 0; off < BB_PAGE; off += size)
		OBJ_NEXT(base + off) =
			off + size < BB_PAGE ? (uint16_t)(off + size + 1) : 0;
	m = &b->meta[page];
	m->kind = BB_SLAB;
	m->order = (uint8_t)c;
	m->first = 1;
	m->nfree = (uint16_t)(BB_PAGE / size);
	bb_push(b, &b->partial[c], page);
	return page;
}

void *bb_slab_alloc(struct bbuddy *b, unsigned int c)
{
	uint32_t page = b->partial[c];
	struct bb_page *m;
	unsigned char *obj;

	if (page == BB_NONE && (page = new_slab(b, c)) == BB_NONE)
		return NULL;
	m = &b->meta[page];
	obj = (unsigned char *)bb_addr(b, page) + m->first - 1;
	m->first = OBJ_NEXT(obj);
	if (--m->nfree == 0)
		bb_unlink(b, &b->partial[c], page);
	return obj;
}

void bb_slab_free(struct bbuddy *b, uint32_t page, void *p)
{
	struct bb_page *m = &b->meta[page];
	unsigned int c = m->order;
	size_t size = bb_class_size(c);
	size_t off = (uintptr_t)p - (uintptr_t)bb_addr(b, page);

	OBJ_NEXT(p) = m->first;
	m->first = (uint16_t)(off + 1);
	if (m->nfree++ == 0)
		bb_push(b, &b->partial[c], page);
	if (m->nfree == BB_PAGE / size) {
		/* Every object is free: the page goes back to the buddies. */
		bb_unlink(b, &b->partial[c], page);
		m->kind = BB_USED;
		m->order = 0;
		bb_free_pages(b, page);
	}
}
