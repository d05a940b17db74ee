/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Split virtqueues: descriptor table, available ring, used ring (virtio
 * 1.x, 2.7), in the legacy layout (virtio 0.9.5, 2.3: used ring on the
 * next 4 KiB boundary). Free descriptors are chained through next.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <uk/dev_io.h>
#include <uk/ukalloc.h>
#include <uk/virtio.h>

#define ALIGN 4096
#define DESC_F_NEXT 1
#define DESC_F_WRITE 2
#define AVAIL_F_NO_INTERRUPT 1
#define USED_F_NO_NOTIFY 1

static uint64_t align_up(uint64_t v)
{
	return (v + ALIGN - 1) & ~(uint64_t)(ALIGN - 1);
}

static uint64_t avail_off(uint16_t num) { return 16ULL * num; }

static uint64_t used_off(uint16_t num)
{
	return align_up(avail_off(num) + 6 + 2ULL * num);
}

uint64_t uk_virtqueue_ring_size(uint16_t num)
{
	return used_off(num) + align_up(6 + 8ULL * num);
}

struct uk_virtqueue *uk_virtqueue_create(struct uk_virtio_dev *vdev,
					 uint16_t index, uint16_t num)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct uk_virtqueue *vq;
	uint16_t i;

	if (!num || (num & (num - 1)))
		return NULL;
	vq = uk_calloc(a, 1, sizeof(*vq));
	if (!vq)
		return NULL;
	vq->mem = uk_memalign(a, ALIGN, uk_virtqueue_ring_size(num));
	vq->cookies = uk_calloc(a, num, sizeof(*vq->cookies));
	if (!vq->mem || !vq->cookies) {
		uk_free(a, vq->mem);
		uk_free(a, vq->cookies);
		uk_free(a, vq);
		return NULL;
	}
	memset(vq->mem, 0, uk_virtqueue_ring_size(num));
	vq->vdev = vdev;
	vq->index = index;
	vq->num = num;
	vq->desc = vq->mem;
	vq->avail = (volatile uint16_t *)((uint8_t *)vq->mem + avail_off(num));
	vq->used = (volatile uint8_t *)vq->mem + used_off(num);
	for (i = 0; i < num; i++)
		vq->desc[i].next = (uint16_t)(i + 1);
	vq->num_free = num;
	return vq;
}

void uk_virtqueue_destroy(struct uk_virtqueue *vq)
{
	struct uk_alloc *a = uk_alloc_get_default();

	if (!vq)
		return;
	uk_free(a, vq->mem);
	uk_free(a, vq->cookies);
	uk_free(a, vq);
}

uint64_t uk_virtqueue_desc_addr(const struct uk_virtqueue *vq)
{
	return uk_dma_addr(vq->desc);
}

uint64_t uk_virtqueue_avail_addr(const struct uk_virtqueue *vq)
{
	return uk_dma_addr((const void *)vq->avail);
}

uint64_t uk_virtqueue_used_addr(const struct uk_virtqueue *vq)
{
	return uk_dma_addr((const void *)vq->used);
}

static uint16_t used_idx(const struct uk_virtqueue *vq)
{
	return *(volatile const uint16_t *)(vq->used + 2);
}

static uint16_t used_flags(const struct uk_virtqueue *vq)
{
	return *(volatile const uint16_t *)(vq->used);
}

int uk_virtqueue_add(struct uk_virtqueue *vq,
		     const struct uk_virtqueue_seg *segs, unsigned int nout,
		     unsigned int nin, void *cookie)
{
	unsigned int n = nout + nin, k;
	uint16_t head = vq->free_head, d = head;

	if (!n || n > vq->num_free || !cookie)
		return -ENOSPC;
	for (k = 0; k < n; k++) {
		vq->desc[d].addr = uk_dma_addr(segs[k].addr);
		vq->desc[d].len = segs[k].len;
		vq->desc[d].flags = (uint16_t)((k + 1 < n ? DESC_F_NEXT : 0) |
					       (k >= nout ? DESC_F_WRITE : 0));
		d = vq->desc[d].next;
	}
	vq->free_head = d;
	vq->num_free = (uint16_t)(vq->num_free - n);
	vq->cookies[head] = cookie;
	vq->avail[2 + (vq->avail_idx & (vq->num - 1))] = head;
	vq->avail_idx++;
	return 0;
}

void uk_virtqueue_kick(struct uk_virtqueue *vq)
{
	uk_dma_wmb(); /* ring entries before the index */
	vq->avail[1] = vq->avail_idx;
	uk_dma_mb(); /* the index before reading the device's flags */
	if (!(used_flags(vq) & USED_F_NO_NOTIFY))
		vq->vdev->tp->notify(vq->vdev, vq);
}

bool uk_virtqueue_has_used(const struct uk_virtqueue *vq)
{
	return used_idx(vq) != vq->last_used;
}

void *uk_virtqueue_get(struct uk_virtqueue *vq, uint32_t *len)
{
	volatile const uint8_t *e;
	uint32_t id, n = 0;
	uint16_t d;
	void *cookie;

	if (!uk_virtqueue_has_used(vq))
		return NULL;
	uk_dma_rmb(); /* the index before the entry it covers */
	e = vq->used + 4 + 8 * (vq->last_used & (vq->num - 1));
	id = *(volatile const uint32_t *)e;
	vq->last_used++;
	if (id >= vq->num || !vq->cookies[id])
		return NULL; /* a device bug: nothing of ours */
	if (len)
		*len = *(volatile const uint32_t *)(e + 4);
	cookie = vq->cookies[id];
	vq->cookies[id] = NULL;
	/* Give the chain back: walk to its end, link it before free_head. */
	for (d = (uint16_t)id;; d = vq->desc[d].next) {
		n++;
		if (!(vq->desc[d].flags & DESC_F_NEXT) || n >= vq->num)
			break;
	}
	vq->desc[d].next = vq->free_head;
	vq->free_head = (uint16_t)id;
	vq->num_free = (uint16_t)(vq->num_free + n);
	return cookie;
}

void uk_virtqueue_intr_disable(struct uk_virtqueue *vq)
{
	vq->avail[0] = vq->avail[0] | AVAIL_F_NO_INTERRUPT;
}

bool uk_virtqueue_intr_enable(struct uk_virtqueue *vq)
{
	vq->avail[0] = vq->avail[0] & (uint16_t)~AVAIL_F_NO_INTERRUPT;
	uk_dma_mb(); /* the flag before looking at the used index */
	return uk_virtqueue_has_used(vq);
}
