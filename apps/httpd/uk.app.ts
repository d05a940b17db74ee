import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'httpd-app',
  description:
    'HTTP/1.1 server on lwIP (RFC 9112): GET, HEAD and OPTIONS, keep-alive, pipelining, chunked request bodies read, static files from the initrd (/www), a built-in page at / and counters at /status',
  license: 'BSD-3-Clause',
  // A server frees in any order: TLSF, not the default region allocator (which only rolls back
  // LIFO frees, so connections that end out of order leak until accepts fail).
  libraries: ['ukboot', 'nolibc', 'ukdebug', 'lwip', 'ukalloctlsf', 'netdev-driver', 'vfs', 'ramfs', 'initrd'],
  sources: ['main.c', 'args.c', 'server.c', 'http.c', 'httpdate.c', 'files.c', 'docpath.c'],
  // Static files, served from /www (root=): GET /hello.txt, /docs/ (its index.html), /img/logo.svg.
  initrd: {
    files: {
      '/www/hello.txt': 'www/hello.txt',
      '/www/docs/index.html': 'www/docs/index.html',
      '/www/img/logo.svg': 'www/img/logo.svg',
    },
  },
  targets: ['kvm-x86_64', 'kvm-arm64', 'linuxu-x86_64', 'linuxu-arm64', 'xen-x86_64', 'xen-arm64'],
  // `nx run` forwards 127.0.0.1:8080 to the guest's port 80 (kvm: QEMU user networking, a virtio NIC);
  // `nx run httpd-app:test` boots without a NIC and "probe" returns 0 once the stack is up (or finds no device).
  run: { memory: '64M', args: [], testArgs: ['probe'], forward: [{ host: 8080, guest: 80 }] },
});
