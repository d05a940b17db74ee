/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The crashtest cases. The accesses go through volatile pointers and
 * noinline helpers so that the compiler emits exactly the forbidden
 * access (and cannot prove it out of bounds at compile time).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/sched.h>
#include "cases.h"

/* One "return" instruction: what the exec-* cases place and call. */
#if defined(__x86_64__)
static const uint8_t ret_insn[] = { 0xc3 };
#elif defined(__aarch64__)
static const uint8_t ret_insn[] = { 0xc0, 0x03, 0x5f, 0xd6 };
#endif

/* Read-only data the write-rodata case writes to. */
static const volatile uint8_t ro_bytes[64] = { 1, 2, 3 };

/* Writable data the exec-data case calls into. */
static uint8_t data_code[64] __attribute__((aligned(16))) = { 0xcc };

__attribute__((noinline)) static int victim(int x) { return x * 3 + 1; }

/* Rewrite a byte with its own value: harmless if the write is allowed. */
static void case_write_text(void)
{
	volatile uint8_t *p = (volatile uint8_t *)(uintptr_t)&victim;

	*p = *p;
}

static void case_write_rodata(void)
{
	volatile uint8_t *p = (volatile uint8_t *)(uintptr_t)&ro_bytes[1];

	*p = 42;
}

/* Call the "return" instruction copied to p (cache maintenance on arm64). */
__attribute__((noinline)) static void call_at(uint8_t *p)
{
	void (*fn)(void);

	memcpy(p, ret_insn, sizeof(ret_insn));
#if defined(__aarch64__)
	__asm__ __volatile__(
		"dc cvau, %0\n\tdsb ish\n\tic ivau, %0\n\tdsb ish\n\tisb"
		:
		: "r"(p)
		: "memory");
#endif
	fn = (void (*)(void))(uintptr_t)p;
	fn();
}

static void case_exec_data(void) { call_at(data_code); }

static void case_exec_stack(void)
{
	uint8_t code[64] __attribute__((aligned(16)));

	call_at(code);
}

static void case_exec_heap(void)
{
	uint8_t *p = malloc(64);

	if (p)
		call_at(p);
}

/* Writes n bytes from p: given more than the buffer holds. */
__attribute__((noinline)) static void fill(volatile char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = 'A';
}

static volatile size_t smash_len = 48;

__attribute__((noinline)) static int smashed(void)
{
	char buf[16];

	fill(buf, smash_len);
	return buf[3];
}

static void case_smash(void) { (void)smashed(); }

/* Recursion with a frame the compiler cannot drop, until the stack ends
 * (depth_limit is far beyond any stack). */
static volatile int depth_limit = 1 << 30;

__attribute__((noinline)) static int deep(int n)
{
	volatile char frame[512];

	frame[0] = (char)n;
	if (n >= depth_limit)
		return 0;
	return deep(n + 1) + frame[0];
}

/* The overflowing thread's stack size (test/e2e/hardening.test.ts
 * knows it: a page-aligned stack with the guard page right below). */
#define CRASH_THREAD_STACK 16384

/* Says where the thread's stack top is (the test finds the guard page
 * from it where the platform cannot dump: xen-x86_64), then overflows. */
static void overflow_thread(void *arg)
{
	volatile char top;

	(void)arg;
	printf("crashtest: thread stack top near %p\n", (void *)&top);
	(void)deep(0);
}

static void case_thread_overflow(void)
{
	struct uk_thread *t = uk_thread_create("overflow", overflow_thread,
					       NULL, CRASH_THREAD_STACK);

	if (t)
		uk_thread_join(t);
}

const struct crash_case crash_cases[] = {
	{ "write-text", case_write_text },
	{ "write-rodata", case_write_rodata },
	{ "exec-data", case_exec_data },
	{ "exec-stack", case_exec_stack },
	{ "exec-heap", case_exec_heap },
	{ "smash", case_smash },
	{ "thread-overflow", case_thread_overflow },
	{ NULL, NULL },
};
