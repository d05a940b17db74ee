import { defineLibrary } from '@ukraft/nx';

/**
 * The xenstore client (uk/xenstore.h) and what Xen PV front ends share
 * (uk/xenbus.h): device discovery under device/<type>/<id> and the
 * XenbusState handshake. The protocol code (src/ring.c ... src/xenbus.c)
 * knows nothing of the platform and is host-tested over a fake ring
 * (tests/host.c); src/plat.c connects it to the domain's store ring and
 * event channel (uk/xen/platform.h) and sleeps through uksched.
 */
export default defineLibrary({
  name: 'xenbus',
  description:
    'xenstore client (read, write, directory, watches, transactions with retry) and the Xen PV front-end handshake and device discovery',
  license: 'BSD-3-Clause',
  plats: ['xen'],
  requires: ['nolibc', 'ukplat', 'plat-xen', 'uksched', 'uktest'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (they need a domU with a xenstore and a dom0 that answers them: see docs/xen.md).',
    },
  },
  sources: {
    common: ['src/ring.c', 'src/client.c', 'src/ops.c', 'src/errors.c', 'src/watch.c', 'src/tx.c', 'src/xenbus.c'],
    plat: { xen: ['src/plat.c'] },
    when: [{ option: 'TESTS', sources: ['tests/image/xenstore.c'] }],
  },
  exports: [
    'uk_xs_get',
    'uk_xs_init',
    'uk_xs_set_timeout',
    'uk_xs_read',
    'uk_xs_read_int',
    'uk_xs_write',
    'uk_xs_write_int',
    'uk_xs_rm',
    'uk_xs_directory',
    'uk_xs_tx_start',
    'uk_xs_tx_end',
    'uk_xs_transaction',
    'uk_xs_watch',
    'uk_xs_unwatch',
    'uk_xs_watch_next',
    'uk_xs_watch_pending',
    'uk_xs_errno',
    'uk_xenbus_state_name',
    'uk_xenbus_list',
    'uk_xenbus_dev_init',
    'uk_xenbus_read_state',
    'uk_xenbus_set_state',
    'uk_xenbus_wait_backend',
    'uk_xenbus_connect',
    'uk_xenbus_close',
  ],
});
