/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * esr.h - names for the exception syndrome (ESR_EL1) in crash dumps:
 * the exception class and, for aborts, the fault status code.
 */
#ifndef KVM_ARM64_ESR_H
#define KVM_ARM64_ESR_H

/** Name of exception class ec (ESR bits 31:26), e.g. "data abort, same EL". */
const char *kvm_arm64_ec_name(unsigned int ec);

/**
 * Name of an abort's fault status code (ISS bits 5:0), e.g.
 * "translation fault"; *level gets the translation level (0-3) or -1.
 */
const char *kvm_arm64_fsc_name(unsigned int fsc, int *level);

#endif /* KVM_ARM64_ESR_H */
