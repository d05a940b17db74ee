#!/usr/bin/env bash
# Builds a small Linux dom0 for the Xen boot tests, from Debian packages:
#   <out>/vmlinuz         Debian's linux-image-amd64 kernel
#   <out>/dom0.cpio.gz    a trimmed debootstrap (minbase + xen-utils-4.17)
#                         with the kernel's Xen, netback and bridge modules
#                         and an /init that starts xenstored, xen-init-dom0
#                         and xenconsoled, makes the bridge br0 (169.254.1.1/16,
#                         which no vif outside this dom0 ever reaches),
#                         has curl (the HTTP tests talk to domUs on br0),
#                         runs /test/run.sh if a second archive brought
#                         one, then powers off (QEMU exits with -no-reboot).
# Needs root, debootstrap and cpio (installed here if missing), ~1-2 min.
#   usage: xen-dom0.sh <out-dir>
set -euo pipefail
out=$(realpath -m "$1")
mkdir -p "$out"
if [ -s "$out/vmlinuz" ] && [ -s "$out/dom0.cpio.gz" ]; then exit 0; fi
[ "$(id -u)" -eq 0 ] || { echo "xen-dom0.sh: needs root (debootstrap)" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
for prog in debootstrap cpio; do
  command -v "$prog" >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "$prog" >/dev/null; }
done

work=$(mktemp -d "$out/build-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

# The kernel: the package linux-image-amd64 points at.
kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
if [ -z "$kpkg" ]; then apt-get update -qq; kpkg=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/ { print $2; exit }'); fi
apt-get download -q "$kpkg" >download.log 2>&1 || { cat download.log >&2; exit 1; }
dpkg -x "$kpkg"_*.deb kernel
kver=$(ls kernel/lib/modules)

# The root file system (debootstrap's default Debian mirror).
debootstrap --variant=minbase --include=xen-utils-4.17,kmod,procps,iproute2,curl bookworm root >debootstrap.log 2>&1 ||
  { tail -20 debootstrap.log >&2; exit 1; }

# Xen drivers of the kernel, netback and the bridge, with the module index.
kmods="kernel/lib/modules/$kver/kernel"
mkdir -p "root/lib/modules/$kver/kernel/drivers/net" "root/lib/modules/$kver/kernel/net"
cp -a "$kmods/drivers/xen" "root/lib/modules/$kver/kernel/drivers/"
cp -a "$kmods/drivers/net/xen-netback" "root/lib/modules/$kver/kernel/drivers/net/"
for d in bridge 802 llc; do cp -a "$kmods/net/$d" "root/lib/modules/$kver/kernel/net/"; done
cp -a "kernel/lib/modules/$kver"/modules.{order,builtin,builtin.modinfo} "root/lib/modules/$kver/"
chroot root /sbin/depmod "$kver"

# The dom0 file system: only the programs the test needs, their shared
# libraries (found with ldd inside the debootstrap), the Xen modules and
# the few data files xl reads. A whole minbase system is ~5 times bigger
# and most of the dom0 boot time would go to unpacking it.
# The vif hotplug scripts (/etc/xen/scripts/vif-bridge and the files it
# sources, run by xl) need bash, ip, awk, flock, logger and coreutils.
progs="sh bash mount umount mkdir cat sleep ls ps sed modprobe ip awk expr
  logger flock which basename dirname readlink grep rm touch mv cp chmod
  head tail tr cut wc date env seq od dd stat ln timeout
  xenstore-read xenstore-write xenstore-exists xenstore-rm xenstore-list
  xenstore-watch curl
  /usr/lib/xen-4.17/bin/xl /usr/lib/xen-4.17/bin/xenstored
  /usr/lib/xen-4.17/bin/xen-init-dom0 /usr/lib/xen-4.17/bin/xenconsoled
  /usr/lib/xen-4.17/bin/xenconsole xenstore-ls"
mkdir -p mini/usr/bin mini/usr/lib mini/usr/lib64 mini/etc mini/proc mini/sys mini/dev mini/run mini/tmp mini/var
for d in bin sbin lib lib64; do ln -s "usr/${d/sbin/bin}" "mini/$d"; done
copy() { # copy a file of root to the same path in mini, symlinks resolved inside root
  mkdir -p "mini$(dirname "$1")"
  cp "root$(chroot root readlink -f "$1")" "mini$1"
}
for p in $progs; do
  path=$(chroot root sh -c "command -v $p" || true)
  case "$path" in /*) ;; *) echo "xen-dom0.sh: $p not found in the debootstrap" >&2; exit 1 ;; esac
  copy "$path"
  for lib in $(chroot root ldd "$path" | awk '/=> \// { print $3 } /^\t\/[^ ]+ \(/ { print $1 }'); do
    [ -e "mini$lib" ] || copy "$lib"
  done
done
# dlopen()ed by glibc when xl cancels its console thread
copy "$(chroot root sh -c 'ls /usr/lib/x86_64-linux-gnu/libgcc_s.so.1')"
ln -sf /usr/lib/xen-4.17/bin/xl mini/usr/bin/xl
cp -a "root/usr/lib/modules" mini/usr/lib/
cp -a root/etc/xen mini/etc/
# The vif hotplug script (xl's default for vif = ['bridge=br0'], so the xl
# configs the build writes are used as they are): join the bridge and tell
# netback the device is ready (hotplug-status), which netback waits for before
# it goes Connected. It replaces Debian's vif-bridge, which times out in this
# trimmed dom0 (docs/xen.md).
cat >mini/etc/xen/scripts/vif-bridge <<'VIF'
#!/bin/sh
# xl runs it with online/offline/add/remove; $vif, $bridge, $XENBUS_PATH set.
case "$1" in
online | add)
  ip link set dev "$vif" master "${bridge:-br0}" && ip link set dev "$vif" up &&
    xenstore-write "$XENBUS_PATH/hotplug-status" connected ;;
esac
exit 0
VIF
chmod 755 mini/etc/xen/scripts/vif-bridge
printf 'root:x:0:0:root:/root:/bin/sh\n' >mini/etc/passwd
printf 'root:x:0:\n' >mini/etc/group
mv root fullroot && mv mini root

cat >root/init <<'INIT'
#!/bin/sh
export PATH=/usr/lib/xen-4.17/bin:/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
# devtmpfs has no /dev/fd, /dev/stdin...; the hotplug scripts' locking stats /dev/stdin
ln -s /proc/self/fd /dev/fd; ln -s fd/0 /dev/stdin; ln -s fd/1 /dev/stdout; ln -s fd/2 /dev/stderr
mount -t tmpfs tmpfs /run
mkdir -p /run/xen /run/lock /var/lock /var/log/xen/console /var/lib/xen /var/lib/xenstored /var/run/xen
for m in xenfs xen-evtchn xen-gntdev xen-gntalloc xen-privcmd xen-netback bridge; do modprobe "$m"; done
mount -t xenfs xenfs /proc/xen
xenstored --pid-file /run/xen/xenstored.pid
xen-init-dom0 >/dev/null
xenconsoled --pid-file=/run/xen/xenconsoled.pid
# The bridge vifs join (vif = ['bridge=br0']); its address is private to
# this dom0 (link-local, in a QEMU with no network device): only the domUs
# behind it answer there.
mkdir -p /var/run/xen-hotplug /var/log/xen
ip link add br0 type bridge && ip addr add 169.254.1.1/16 dev br0 && ip link set br0 up
ip link set lo up
echo "ukraft-dom0: xl ready"
if [ -x /test/run.sh ]; then /test/run.sh; fi
echo "ukraft-dom0: done"
echo o >/proc/sysrq-trigger
sleep 30
INIT
chmod 755 root/init
(cd root && find . -print0 | cpio --null -o -H newc --quiet) | gzip -1 >dom0.cpio.gz
cp "kernel/boot/vmlinuz-$kver" vmlinuz
mv vmlinuz dom0.cpio.gz "$out/"
