/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * xen.h - the parts of the Xen guest ABI this platform uses, for every
 * architecture: hypercall numbers, their sub-commands and argument
 * structures, shutdown reasons and the PV console ring. Values are
 * those of Xen's public interface (stable since Xen 3.0); the layouts
 * are checked with static assertions where they matter.
 */
#ifndef XEN_COMMON_XEN_H
#define XEN_COMMON_XEN_H

/* Hypercall numbers */
#define XEN_HC_SET_TRAP_TABLE 0
#define XEN_HC_MMU_UPDATE 1
#define XEN_HC_SET_CALLBACKS 4 /* x86_64 PV: event, failsafe, syscall */
#define XEN_HC_UPDATE_VA_MAPPING 14
#define XEN_HC_MEMORY_OP 12
#define XEN_HC_CONSOLE_IO 18
#define XEN_HC_IRET 23 /* x86_64 PV: jumped to, never returns */
#define XEN_HC_VCPU_OP 24
#define XEN_HC_SCHED_OP 29
#define XEN_HC_EVENT_CHANNEL_OP 32
#define XEN_HC_PHYSDEV_OP 33
#define XEN_HC_HVM_OP 34

/* console_io commands */
#define XEN_CONSOLEIO_WRITE 0

/* sched_op commands */
#define XEN_SCHEDOP_YIELD 0
#define XEN_SCHEDOP_BLOCK \
	1 /* unmask event upcalls, sleep until one is pending */
#define XEN_SCHEDOP_SHUTDOWN 2

/* Shutdown reasons (struct xen_sched_shutdown) */
#define XEN_SHUTDOWN_POWEROFF 0
#define XEN_SHUTDOWN_REBOOT 1
#define XEN_SHUTDOWN_CRASH 3

/* event_channel_op commands */
#define XEN_EVTCHNOP_BIND_INTERDOMAIN 0
#define XEN_EVTCHNOP_BIND_VIRQ 1
#define XEN_EVTCHNOP_ALLOC_UNBOUND 6
#define XEN_EVTCHNOP_CLOSE 3
#define XEN_EVTCHNOP_SEND 4
#define XEN_EVTCHNOP_BIND_IPI 7
#define XEN_EVTCHNOP_UNMASK 9

/* Virtual interrupts (per vCPU) */
#define XEN_VIRQ_TIMER 0

/* Event channel ports of the 2-level ABI: 64 words of 64 bits */
#define XEN_EVTCHN_WORDS 64
#define XEN_EVTCHN_PORTS (XEN_EVTCHN_WORDS * 64)

/* vcpu_op commands */
#define XEN_VCPUOP_STOP_PERIODIC_TIMER 7
#define XEN_VCPUOP_SET_SINGLESHOT_TIMER 8 /* absolute Xen system time */
#define XEN_VCPUOP_STOP_SINGLESHOT_TIMER 9

/* physdev_op commands */
#define XEN_PHYSDEVOP_SET_IOPL 6

/* hvm_op commands and parameters (arm guests, x86 HVM) */
#define XEN_HVMOP_GET_PARAM 1
#define XEN_HVM_PARAM_STORE_PFN 1
#define XEN_HVM_PARAM_STORE_EVTCHN 2
#define XEN_HVM_PARAM_CONSOLE_PFN 17
#define XEN_HVM_PARAM_CONSOLE_EVTCHN 18

/* The domain a hypercall acts on when it is the caller itself */
#define XEN_DOMID_SELF 0x7ff0

/* Error numbers Xen returns (negated) */
#define XEN_EPERM 1
#define XEN_ENOSYS 38

#define XEN_PAGE_SHIFT 12
#define XEN_PAGE_SIZE (1UL << XEN_PAGE_SHIFT)

#ifndef __ASSEMBLY__
#include <stdint.h>

struct xen_sched_shutdown {
	uint32_t reason;
};

struct xen_evtchn_send {
	uint32_t port;
};

/* EVTCHNOP_close and EVTCHNOP_unmask take just the port, too. */
struct xen_evtchn_port {
	uint32_t port;
};

struct xen_evtchn_bind_virq {
	uint32_t virq;
	uint32_t vcpu;
	uint32_t port; /* out */
};

struct xen_evtchn_alloc_unbound {
	uint16_t dom;	     /* the domain that gets the port: DOMID_SELF */
	uint16_t remote_dom; /* the domain that may bind to it */
	uint32_t port;	     /* out */
};
_Static_assert(sizeof(struct xen_evtchn_alloc_unbound) == 8,
	       "evtchn_alloc_unbound layout");

struct xen_evtchn_bind_interdomain {
	uint16_t remote_dom;
	uint32_t remote_port;
	uint32_t local_port; /* out */
};
_Static_assert(sizeof(struct xen_evtchn_bind_interdomain) == 12,
	       "evtchn_bind_interdomain layout");

struct xen_evtchn_bind_ipi {
	uint32_t vcpu;
	uint32_t port; /* out */
};

struct xen_vcpu_set_singleshot_timer {
	uint64_t timeout_abs_ns;
	uint32_t flags; /* 1: fail with -ETIME if already passed (not used) */
};
_Static_assert(sizeof(struct xen_vcpu_set_singleshot_timer) == 16,
	       "vcpu_set_singleshot_timer layout");

struct xen_physdev_set_iopl {
	uint32_t iopl;
};

struct xen_hvm_param {
	uint16_t domid;
	uint32_t index;
	uint64_t value;
};
_Static_assert(sizeof(struct xen_hvm_param) == 16, "xen_hvm_param layout");

/*
 * The PV console ring page shared with the console back end (xenconsoled
 * in dom0): the guest produces into out[], the back end consumes.
 * Indexes run freely; position = index % size.
 */
#define XEN_CONS_IN_SIZE 1024
#define XEN_CONS_OUT_SIZE 2048
struct xen_cons_ring {
	char in[XEN_CONS_IN_SIZE];
	char out[XEN_CONS_OUT_SIZE];
	uint32_t in_cons, in_prod;
	uint32_t out_cons, out_prod;
};
_Static_assert(__builtin_offsetof(struct xen_cons_ring, out_prod) == 3084,
	       "console ring layout");

#endif /* !__ASSEMBLY__ */
#endif /* XEN_COMMON_XEN_H */
