import { defineLibrary } from '@ukraft/nx';

/**
 * The Arm Generic Interrupt Controller for the boot CPU: GICv2
 * (distributor + CPU interface) and GICv3 (distributor + redistributor +
 * the ICC system registers), found in the device tree. Platforms require
 * it for arm64 only (`{ name: 'ukintctlr-gic', if: 'arch == arm64' }`).
 */
export default defineLibrary({
  name: 'ukintctlr-gic',
  description:
    'Arm GICv2/GICv3 interrupt controller: found in the device tree, boot CPU set up, SPI trigger mode, software pending, enable/disable, acknowledge, end of interrupt, one PPI as FIQ',
  license: 'BSD-3-Clause',
  archs: ['arm64'],
  requires: ['ukfdt', 'arch-arm64'],
  sources: {
    common: ['src/gic.c', 'src/dist.c', 'src/v2.c', 'src/v3.c', 'src/redist.c', 'src/fdt_irq.c', 'src/strerror.c'],
  },
  exports: [
    'uk_gic_init',
    'uk_gic_version',
    'uk_gic_strerror',
    'uk_gic_set_trigger',
    'uk_gic_set_pending',
    'uk_gic_enable',
    'uk_gic_disable',
    'uk_gic_ack',
    'uk_gic_eoi',
    'uk_gic_fdt_irq',
    'uk_gic_route_fiq',
    'uk_gic_clear_pending',
  ],
});
