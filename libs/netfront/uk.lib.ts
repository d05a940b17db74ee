import { defineLibrary } from '@ukraft/nx';

/**
 * netfront: Xen's PV network device (a vif) as a uk/netdev.h device,
 * the way virtio-net is on kvm: an app that selects it for its Xen
 * targets gets device 0 from the vifs xl gave the domain. One queue
 * pair on the netif TX/RX rings, every page granted to netback once,
 * frames copied in and out, one event channel (feature-rx-notify), the
 * MAC from xenstore, the xenbus handshake to Connected and back to
 * Closed (also when the toolstack asks for a shutdown). The ring code
 * (src/ring.c) has no platform code and a host test that plays a
 * misbehaving netback (tests/host.c, `nx run netfront:test`).
 */
export default defineLibrary({
  name: 'netfront',
  description:
    'Xen PV network front end for uknetdev: netif TX/RX rings with granted pages, event-channel interrupts, xenbus handshake',
  license: 'BSD-3-Clause',
  plats: ['xen'],
  // The target picks the driver: the app names the capability (config/solve.ts).
  provides: ['netdev-driver'],
  requires: ['uknetdev', 'ukdev', 'xenbus', 'xengnttab', 'ukalloc', 'uksched', 'ukplat', 'plat-xen', 'nolibc'],
  include: [],
  sources: {
    common: ['src/ring.c'],
    plat: { xen: ['src/bus.c', 'src/connect.c', 'src/netdev.c'] },
  },
  exports: [],
});
