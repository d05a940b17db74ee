// QEMU command lines for network tests and benchmarks (plain JS so the
// benchmark can share them): the kvm-x86_64 and kvm-arm64 machines of the
// README with a NIC, on user networking with a UDP host forward or on a
// TAP interface.

/** -netdev for user networking forwarding 127.0.0.1:hostPort to the guest's UDP port 7. */
export const userNet = (hostPort, id = 'n0') => ['-netdev', `user,id=${id},hostfwd=udp:127.0.0.1:${hostPort}-:7`];

/** -netdev for the TAP interface tap0 (created beforehand, e.g. in a namespace). */
export const tapNet = (id = 'n0') => ['-netdev', `tap,id=${id},ifname=tap0,script=no,downscript=no`];

/** qemu-system-x86_64 arguments: machine, image, then extra (netdev, device, -append ...). */
export function x86Args(machine, image, extra = []) {
  return [
    ...['-M', machine, '-accel', 'tcg', '-cpu', 'max', '-m', '64M', '-nodefaults', '-nographic'],
    ...['-serial', 'stdio', '-device', 'isa-debug-exit,iobase=0xf4,iosize=4', '-kernel', image],
    ...extra,
  ];
}

/** qemu-system-aarch64 arguments for virt (machine may add ,gic-version=3). */
export function virtArgs(machine, image, extra = []) {
  return ['-M', machine, '-cpu', 'cortex-a57', '-m', '64M', '-nographic', '-no-reboot', '-kernel', image, ...extra];
}
