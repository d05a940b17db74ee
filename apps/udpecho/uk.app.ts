import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'udpecho',
  description:
    'Echoes UDP datagrams straight on the netdev API (no TCP/IP stack): ARP replies, ICMP echo, UDP echo on one port; malformed frames are counted and dropped',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'ukdebug', 'uknetdev', 'ukdev', 'netdev-driver'],
  sources: ['main.c', 'proto.c', 'args.c'],
  targets: ['kvm-x86_64', 'kvm-arm64', 'linuxu-x86_64', 'linuxu-arm64'],
  // `run` and `test` boot without a NIC: "probe" brings up what is there and returns 0.
  run: { memory: '64M', args: ['probe'] },
});
