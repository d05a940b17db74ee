import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'sockecho-app',
  description:
    'portable POSIX TCP line echo and UDP echo server (socket/bind/listen/accept/poll) on lwIP sockets; the same source builds with the host cc',
  license: 'BSD-3-Clause',
  // TLSF: sockets and datagrams are freed in any order (the default region allocator only rolls back LIFO frees).
  libraries: ['ukboot', 'nolibc', 'ukdebug', 'lwip', 'ukalloctlsf', 'netdev-driver'],
  sources: ['sockecho.c'],
  targets: ['kvm-x86_64', 'kvm-arm64', 'linuxu-x86_64', 'linuxu-arm64'],
  // `nx run` forwards 127.0.0.1:8007 to the guest's TCP port 7 (kvm: QEMU user networking, a virtio NIC);
  // `nx run sockecho-app:test` boots without a NIC and -p (probe) returns 0 (ENETDOWN, or set up and done).
  run: { memory: '64M', args: [], testArgs: ['-p'], forward: [{ host: 8007, guest: 7 }] },
});
