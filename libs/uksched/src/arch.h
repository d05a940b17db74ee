/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to uksched: the per-architecture context switch (arch/<arch>/).
 * A thread's context is its stack pointer; the callee-saved registers
 * are pushed on its stack by uksched_arch_switch().
 */
#ifndef UKSCHED_ARCH_H
#define UKSCHED_ARCH_H

#include <stddef.h>
#include <uk/sched_impl.h>

/** Save the current context (pointer stored in *prev_sp) and resume the
 * one saved at next_sp. Returns when the saved context is resumed. */
void uksched_arch_switch(void **prev_sp, void *next_sp);

/**
 * Lay out the stack [stack, stack + size) of a new thread so that
 * switching to the returned stack pointer calls entry(t) on it, 16-byte
 * aligned as the ABI wants, with a null frame pointer ending backtraces.
 */
void *uksched_arch_init_stack(void *stack, size_t size,
			      void (*entry)(struct uk_thread *t),
			      struct uk_thread *t);

#endif /* UKSCHED_ARCH_H */
