import { defineLibrary } from '@ukraft/nx';

/**
 * The platform API every platform implements (console, shutdown, crash)
 * and the boot hand-over (struct ukplat_bootinfo, ukplat_entry). Headers only.
 */
export default defineLibrary({
  name: 'ukplat',
  description: 'platform API headers: console, memory regions, shutdown, boot hand-over',
  license: 'BSD-3-Clause',
  sources: { common: [] },
  // What a platform defines (`implements` in its manifest); the partial link checks each symbol.
  api: {
    ukplat: {
      help: 'uk/plat/console.h, shutdown.h, time.h, tls.h, guard.h and the stack protector (__stack_chk_*)',
      requiredOf: 'plat',
      symbols: [
        '__stack_chk_guard',
        '__stack_chk_fail',
        'ukplat_coutk',
        'ukplat_cink',
        'ukplat_terminate',
        'ukplat_crash',
        'ukplat_monotonic_clock',
        'ukplat_wall_clock',
        'ukplat_timer_arm',
        'ukplat_halt',
        'ukplat_tls_area_size',
        'ukplat_tls_area_align',
        'ukplat_tls_area_init',
        'ukplat_tls_set',
        'ukplat_tls_get',
        'ukplat_guard_page_set',
        'ukplat_guard_page_clear',
      ],
    },
    'ukplat-irq': {
      help: 'uk/plat/irq.h: device interrupts',
      symbols: [
        'ukplat_irq_register',
        'ukplat_irq_mask',
        'ukplat_irq_unmask',
        'ukplat_irq_msi_alloc',
        'ukplat_irq_count',
      ],
    },
    'ukplat-io': {
      help: 'uk/plat/io.h: device memory and firmware tables',
      symbols: ['ukplat_io_map', 'ukplat_fdt', 'ukplat_acpi_table', 'ukplat_cmdline_virtio_mmio'],
    },
    'ukplat-prof': {
      help: "uk/plat/prof.h: the sampling profiler's tick (ukprof)",
      symbols: ['ukplat_prof_start', 'ukplat_prof_stop'],
    },
    'ukplat-host': {
      help: "uk/plat/host.h: the host's files and descriptors (linuxu)",
      symbols: [
        'ukplat_irq_host_fd',
        'ukplat_host_open',
        'ukplat_host_ioctl',
        'ukplat_host_read',
        'ukplat_host_write',
        'ukplat_host_close',
      ],
    },
  },
  options: {
    STACK_PROTECTOR: {
      type: 'bool',
      default: true,
      help: 'Compile every library and the app of the image with -fstack-protector-strong (a random canary per boot; a smashed stack prints "stack smashing detected" and ends with the crash status). Off only to measure its cost (docs/security.md).',
    },
  },
});
