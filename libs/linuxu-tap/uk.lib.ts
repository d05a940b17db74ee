import { defineLibrary } from '@ukraft/nx';

/**
 * A TAP interface of the host as a uknetdev device, for linuxu images:
 * /dev/net/tun through raw system calls (uk/plat/host.h), one frame per
 * read/write, the descriptor as the receive queue's interrupt line.
 */
export default defineLibrary({
  name: 'linuxu-tap',
  description: 'TAP network device for linuxu: /dev/net/tun, frames by read/write, interrupt mode through ppoll',
  license: 'BSD-3-Clause',
  plats: ['linuxu'],
  // The target picks the driver: the app names the capability (config/solve.ts).
  provides: ['netdev-driver'],
  requires: ['uknetdev', 'ukdev', 'ukalloc', 'ukplat', 'nolibc'],
  include: [],
  options: {
    IFNAME: {
      type: 'string',
      default: 'tap0',
      help: 'Name of the host TAP interface to attach to (it must exist, e.g. `ip tuntap add dev tap0 mode tap`, or the process must be allowed to create it).',
    },
    MAC: {
      type: 'string',
      default: '',
      help: "The device's MAC address as aa:bb:cc:dd:ee:ff; empty: a locally administered address made at start.",
    },
  },
  sources: { common: ['src/tap.c'] },
  exports: [],
});
