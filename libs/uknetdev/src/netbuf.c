/* SPDX-License-Identifier: BSD-3-Clause */
/* Netbufs and pools of equal netbufs. */
#include <stddef.h>
#include <uk/netbuf.h>
#include <uk/ukalloc.h>

void uk_netbuf_init(struct uk_netbuf *nb, void *buf, uint32_t size,
		    uint32_t headroom, uk_netbuf_release_t release, void *priv)
{
	nb->buf = buf;
	nb->size = size;
	nb->data = nb->buf + headroom;
	nb->len = 0;
	nb->next = NULL;
	nb->release = release;
	nb->priv = priv;
}

void uk_netbuf_reset(struct uk_netbuf *nb, uint32_t headroom)
{
	nb->data = nb->buf + headroom;
	nb->len = 0;
}

struct uk_netbuf_pool {
	struct uk_netbuf *free; /* list through next */
	unsigned int available;
	uint32_t headroom;
	void *mem;	       /* the buffers */
	struct uk_netbuf *nbs; /* their descriptors */
};

static void pool_release(struct uk_netbuf *nb)
{
	struct uk_netbuf_pool *p = nb->priv;

	nb->next = p->free;
	p->free = nb;
	p->available++;
}

struct uk_netbuf_pool *uk_netbuf_pool_create(unsigned int count, uint32_t size,
					     uint32_t headroom, uint32_t align)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct uk_netbuf_pool *p;
	uint32_t stride;
	unsigned int i;

	if (!count || !size || headroom >= size || align < 8 ||
	    (align & (align - 1)) || size > (1u << 30))
		return NULL;
	stride = (size + align - 1) & ~(align - 1);
	if ((uint64_t)stride * count > (1ULL << 31))
		return NULL;
	p = uk_calloc(a, 1, sizeof(*p));
	if (!p)
		return NULL;
	p->nbs = uk_calloc(a, count, sizeof(*p->nbs));
	p->mem = uk_memalign(a, align, (size_t)stride * count);
	if (!p->nbs || !p->mem) {
		uk_free(a, p->nbs);
		uk_free(a, p->mem);
		uk_free(a, p);
		return NULL;
	}
	p->headroom = headroom;
	for (i = 0; i < count; i++) {
		uk_netbuf_init(&p->nbs[i],
			       (uint8_t *)p->mem + (size_t)i * stride, size,
			       headroom, pool_release, p);
		pool_release(&p->nbs[i]);
	}
	return p;
}

void uk_netbuf_pool_destroy(struct uk_netbuf_pool *p)
{
	struct uk_alloc *a = uk_alloc_get_default();

	if (!p)
		return;
	uk_free(a, p->mem);
	uk_free(a, p->nbs);
	uk_free(a, p);
}

struct uk_netbuf *uk_netbuf_pool_get(struct uk_netbuf_pool *p)
{
	struct uk_netbuf *nb = p->free;

	if (!nb)
		return NULL;
	p->free = nb->next;
	p->available--;
	nb->next = NULL;
	uk_netbuf_reset(nb, p->headroom);
	return nb;
}

unsigned int uk_netbuf_pool_alloc(void *pool, struct uk_netbuf **nb,
				  unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		nb[i] = uk_netbuf_pool_get(pool);
		if (!nb[i])
			break;
	}
	return i;
}

unsigned int uk_netbuf_pool_available(const struct uk_netbuf_pool *p)
{
	return p->available;
}
