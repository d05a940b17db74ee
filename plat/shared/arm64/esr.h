/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * esr.h - names in crash dumps: the exception syndrome (ESR_EL1) class
 * and, for aborts, the fault status code; the vector entry's kind and
 * origin.
 */
#ifndef PLAT_SHARED_ARM64_ESR_H
#define PLAT_SHARED_ARM64_ESR_H

/** Name of exception class ec (ESR bits 31:26), e.g. "data abort, same EL". */
const char *arm64_ec_name(unsigned int ec);

/**
 * Name of an abort's fault status code (ISS bits 5:0), e.g.
 * "translation fault"; *level gets the translation level (0-3) or -1.
 */
const char *arm64_fsc_name(unsigned int fsc, int *level);

/** Kind of a vector entry (group * 4 + kind): "synchronous", "IRQ", "FIQ", "SError". */
const char *arm64_vector_kind(unsigned long entry);

/** Where a vector entry's exception came from, e.g. "EL1 on SP_EL0". */
const char *arm64_vector_origin(unsigned long entry);

#endif /* PLAT_SHARED_ARM64_ESR_H */
