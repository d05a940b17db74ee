import { defineLibrary } from '@ukraft/nx';

/**
 * Network devices (uk/netdev.h): MAC address, MTU, receive and transmit
 * queues moving batches of packet buffers (uk/netbuf.h), interrupt and
 * polling modes, and waits that sleep a thread until a queue has work.
 * Drivers implement uk/netdev_driver.h (virtio-net, linuxu-tap; netfront
 * on Xen) and are bound to the hardware by the device layer (ukdev).
 * uk/inet4.h parses IPv4 addresses given as text.
 */
export default defineLibrary({
  name: 'uknetdev',
  description: 'network device API: queues of packet buffers, interrupt and polling modes, netbuf pools',
  license: 'BSD-3-Clause',
  requires: ['uktest', 'ukdev', 'ukalloc', 'uksched', 'ukplat', 'nolibc'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by apps/devtest through uktest).',
    },
    POLL_NS: {
      type: 'int',
      default: 1000000,
      range: [1000, 1000000000],
      help: 'How long uk_netdev_rxq_wait()/txq_wait() sleep between checks on a device without queue interrupts (ns).',
    },
  },
  sources: {
    common: ['src/netdev.c', 'src/wait.c', 'src/netbuf.c', 'src/inet4.c'],
    when: [{ option: 'TESTS', sources: ['tests/image/netdev.c'] }],
  },
  exports: [
    'uk_netdev_count',
    'uk_netdev_get',
    'uk_netdev_name',
    'uk_netdev_info_get',
    'uk_netdev_hwaddr',
    'uk_netdev_mtu',
    'uk_netdev_mtu_set',
    'uk_netdev_link_up',
    'uk_netdev_configure',
    'uk_netdev_rxq_setup',
    'uk_netdev_txq_setup',
    'uk_netdev_start',
    'uk_netdev_rx_burst',
    'uk_netdev_tx_burst',
    'uk_netdev_rxq_intr_enable',
    'uk_netdev_rxq_intr_disable',
    'uk_netdev_rxq_wait',
    'uk_netdev_txq_wait',
    'uk_netdev_stats_get',
    'uk_netdev_register',
    'uk_netdev_hwaddr_random',
    'uk_netdev_rxq_event',
    'uk_netdev_txq_event',
    'uk_netbuf_init',
    'uk_netbuf_reset',
    'uk_netbuf_pool_create',
    'uk_netbuf_pool_destroy',
    'uk_netbuf_pool_get',
    'uk_netbuf_pool_alloc',
    'uk_netbuf_pool_available',
    'uk_inet4_parse',
  ],
});
