/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/tls.h - thread-local storage (_Thread_local, __thread).
 *
 * Every thread has a TLS area: the image's TLS block (a copy of .tdata,
 * then .tbss zeroed) and the thread control block (TCB) the ABI puts
 * beside it, laid out for the local-exec model the compiler uses in
 * these static images: on x86_64 variant II (the TCB after the block;
 * the thread pointer is the TCB's address and its first word points to
 * itself, so %fs:0 reads it), on arm64 variant I (a 16-byte TCB, then
 * the block; the thread pointer is the TCB's address). The thread
 * pointer register is FS base on x86_64 (kvm: the MSR; xen PV: the
 * set_segment_base hypercall; linuxu: arch_prctl) and TPIDR_EL0 on
 * arm64.
 *
 * ukboot gives main its area before main() runs; uksched gives each new
 * thread one and switches the thread pointer with the thread.
 */
#ifndef UK_PLAT_TLS_H
#define UK_PLAT_TLS_H

#include <stddef.h>
#include <stdint.h>

/** Bytes a TLS area needs (block, TCB and alignment slack). */
size_t ukplat_tls_area_size(void);
/** Alignment a TLS area needs (at least 16). */
size_t ukplat_tls_area_align(void);
/** Fill the area at area (ukplat_tls_area_size() bytes, aligned to
 * ukplat_tls_area_align()) for a new thread; returns its thread pointer. */
uintptr_t ukplat_tls_area_init(void *area);
/** Make tp the calling CPU's thread pointer. */
void ukplat_tls_set(uintptr_t tp);
/** The calling CPU's thread pointer (valid once one was set). */
uintptr_t ukplat_tls_get(void);

#endif /* UK_PLAT_TLS_H */
