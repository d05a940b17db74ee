import { defineLibrary } from '@ukraft/nx';

/**
 * The x86_64 interrupt controllers of a PC-class machine: the local
 * APIC (enable, end of interrupt, its timer in TSC-deadline or one-shot
 * mode) and the legacy 8259 pair, which ukraft only ever masks. Clock
 * conversions (ns to TSC ticks or APIC counts) belong to the platform.
 */
export default defineLibrary({
  name: 'ukintctlr-lapic',
  description:
    'x86_64 interrupt controller: local APIC (EOI, id, self IPI, timer in TSC-deadline or one-shot mode) and legacy 8259 masking',
  license: 'BSD-3-Clause',
  archs: ['x86_64'],
  plats: ['kvm'],
  requires: ['arch-x86_64'],
  sources: { common: ['src/lapic.c', 'src/pic.c'] },
  exports: [
    'uk_lapic_init',
    'uk_lapic_eoi',
    'uk_lapic_id',
    'uk_lapic_self_ipi',
    'uk_lapic_has_tsc_deadline',
    'uk_lapic_timer_deadline',
    'uk_lapic_timer_oneshot',
    'uk_lapic_timer_current',
    'uk_lapic_timer_stop',
    'uk_pic8259_mask_all',
  ],
});
