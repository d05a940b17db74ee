/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Event channels of vCPU 0 over the 2-level ABI (see evtchn.h): binding,
 * per-port handlers, mask and pending bits, the scan an upcall runs and
 * blocking until an event.
 *
 * Xen raises an event by setting the port's pending bit; if the port is
 * not masked and the selector bit of its word was clear, it also sets
 * that bit in evtchn_pending_sel and evtchn_upcall_pending, and makes
 * the upcall once evtchn_upcall_mask is 0. The scan clears
 * evtchn_upcall_pending, takes the selector with an atomic exchange
 * (bits Xen sets meanwhile stay for the next round), and handles
 * pending & ~mask of each selected word, clearing each pending bit
 * before calling its handler, so an event that comes during the handler
 * is seen again.
 */
#include <stddef.h>
#include <uk/plat/shutdown.h>
#include "evtchn.h"
#include "hypercall.h"

/*
 * The architecture's shared_info layout (x86_64: 32 vcpu_info of 64
 * bytes; arm: one of 48) and upcall: x86_64 PV registers callbacks and
 * blocks in SCHEDOP_block, arm64 takes a PPI through the GIC in
 * ukplat_halt()'s wfi (xen_evtchn_block() is x86_64's halt).
 */
#if defined(CONFIG_ARCH_X86_64)
#include "../x86_64/shinfo.h"
#include "../x86_64/upcall.h"
#elif defined(CONFIG_ARCH_ARM64)
#include "../arm64/shinfo.h"
#include "../arm64/upcall.h"
#else
#error "plat-xen: unsupported architecture"
#endif

struct handler {
	xen_evtchn_handler_t fn;
	void *arg;
};

static struct handler handlers[XEN_EVTCHN_HANDLED_PORTS];
static uint64_t upcalls;

static volatile struct xen_shared_info *shared(void)
{
	volatile struct xen_shared_info *s = xen_shinfo();

	if (!s)
		ukplat_crash("xen: event channels used before shared_info");
	return s;
}

static long evtchn_op(uint32_t cmd, void *arg)
{
	return xen_hypercall(XEN_HC_EVENT_CHANNEL_OP, cmd,
			     (uint64_t)(uintptr_t)arg, 0, 0, 0);
}

void xen_evtchn_init(void)
{
	volatile struct xen_shared_info *s = shared();
	unsigned int i;

	s->vcpu_info[0].evtchn_upcall_mask = 1;
	for (i = 0; i < XEN_EVTCHN_WORDS; i++)
		__atomic_store_n(&s->evtchn_mask[i], ~0ULL, __ATOMIC_SEQ_CST);
	xen_upcall_init();
}

/* A bind operation's result: the new port, masked, or the error. */
static long bound(long r, uint32_t port)
{
	if (r < 0)
		return r;
	xen_evtchn_mask(port);
	return port;
}

long xen_evtchn_bind_virq(uint32_t virq)
{
	struct xen_evtchn_bind_virq arg = { .virq = virq, .vcpu = 0 };
	long r = evtchn_op(XEN_EVTCHNOP_BIND_VIRQ, &arg);

	return bound(r, arg.port);
}

long xen_evtchn_bind_ipi(void)
{
	struct xen_evtchn_bind_ipi arg = { .vcpu = 0 };
	long r = evtchn_op(XEN_EVTCHNOP_BIND_IPI, &arg);

	return bound(r, arg.port);
}

long xen_evtchn_bind_interdomain(uint16_t remote, uint32_t remote_port)
{
	struct xen_evtchn_bind_interdomain arg = { .remote_dom = remote,
						   .remote_port = remote_port };
	long r = evtchn_op(XEN_EVTCHNOP_BIND_INTERDOMAIN, &arg);

	return bound(r, arg.local_port);
}

long xen_evtchn_alloc_unbound(uint16_t remote)
{
	struct xen_evtchn_alloc_unbound arg = { .dom = XEN_DOMID_SELF,
						.remote_dom = remote };
	long r = evtchn_op(XEN_EVTCHNOP_ALLOC_UNBOUND, &arg);

	return bound(r, arg.port);
}

void xen_evtchn_close(uint32_t port)
{
	struct xen_evtchn_port arg = { .port = port };

	xen_evtchn_mask(port);
	xen_evtchn_set_handler(port, NULL, NULL);
	evtchn_op(XEN_EVTCHNOP_CLOSE, &arg);
	xen_evtchn_clear(port);
}

void xen_evtchn_set_handler(uint32_t port, xen_evtchn_handler_t fn, void *arg)
{
	if (port >= XEN_EVTCHN_HANDLED_PORTS)
		ukplat_crash("xen: event channel port too high for a handler");
	(void)shared(); /* arm64: maps shared_info and enables the PPI once */
	handlers[port].arg = arg;
	handlers[port].fn = fn;
}

void xen_evtchn_mask(uint32_t port)
{
	__atomic_fetch_or(&shared()->evtchn_mask[port / 64],
			  1ULL << (port % 64), __ATOMIC_SEQ_CST);
}

void xen_evtchn_unmask(uint32_t port)
{
	struct xen_evtchn_port arg = { .port = port };

	evtchn_op(XEN_EVTCHNOP_UNMASK, &arg);
}

bool xen_evtchn_is_pending(uint32_t port)
{
	return (__atomic_load_n(&shared()->evtchn_pending[port / 64],
				__ATOMIC_SEQ_CST) >>
		(port % 64)) &
	       1;
}

void xen_evtchn_clear(uint32_t port)
{
	__atomic_fetch_and(&shared()->evtchn_pending[port / 64],
			   ~(1ULL << (port % 64)), __ATOMIC_SEQ_CST);
}

/* Handle the pending, unmasked ports of word w; returns how many. */
static unsigned int handle_word(volatile struct xen_shared_info *s,
				unsigned int w)
{
	unsigned int n = 0, port;
	uint64_t ready;

	while ((ready = __atomic_load_n(&s->evtchn_pending[w],
					__ATOMIC_SEQ_CST) &
			~__atomic_load_n(&s->evtchn_mask[w],
					 __ATOMIC_SEQ_CST))) {
		port = w * 64 + (unsigned int)__builtin_ctzll(ready);
		xen_evtchn_clear(port);
		n++;
		if (port < XEN_EVTCHN_HANDLED_PORTS && handlers[port].fn)
			handlers[port].fn(port, handlers[port].arg);
	}
	return n;
}

unsigned int xen_evtchn_dispatch(void)
{
	volatile struct xen_shared_info *s = shared();
	volatile struct xen_vcpu_info *v = &s->vcpu_info[0];
	unsigned int n = 0, w;
	uint64_t sel;

	while (__atomic_load_n(&v->evtchn_upcall_pending, __ATOMIC_SEQ_CST)) {
		__atomic_store_n(&v->evtchn_upcall_pending, 0,
				 __ATOMIC_SEQ_CST);
		sel = __atomic_exchange_n(&v->evtchn_pending_sel, 0,
					  __ATOMIC_SEQ_CST);
		while (sel) {
			w = (unsigned int)__builtin_ctzll(sel);
			sel &= sel - 1;
			n += handle_word(s, w);
		}
	}
	return n;
}

void xen_evtchn_block(void)
{
	volatile struct xen_vcpu_info *v = &shared()->vcpu_info[0];

	/* Something already came (while we ran, masked): that is the wake-up. */
	if (__atomic_load_n(&v->evtchn_upcall_pending, __ATOMIC_SEQ_CST) &&
	    xen_evtchn_dispatch() > 0)
		return;
	/*
	 * Xen clears evtchn_upcall_mask, marks us blocked, then looks at
	 * evtchn_upcall_pending: an event that came after the check above
	 * makes it return at once. Either way the upcall is made as the
	 * hypercall returns, with the mask clear.
	 */
	xen_hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_BLOCK, 0, 0, 0, 0);
	__atomic_store_n(&v->evtchn_upcall_mask, 1, __ATOMIC_SEQ_CST);
}

void xen_evtchn_upcall(void)
{
	upcalls++;
	xen_evtchn_dispatch();
}

uint64_t xen_evtchn_upcalls(void) { return upcalls; }
