#!/usr/bin/env bash
# Builds a small arm64 Linux dom0 for the xen-arm64 tests from Debian arm64
# packages already downloaded (by tools/src/xen/dom0.ts, through the private
# apt configuration) into <debs>. Nothing runs as arm64 here and nothing needs
# root: the packages are unpacked with dpkg -x, and the programs' libraries
# are found from their DT_NEEDED entries (llvm-readelf).
#   <out>/Image           Debian's linux-image-arm64 kernel (an uncompressed Image)
#   <out>/dom0.cpio.gz    busybox, xl, xenstored, xen-init-dom0, xenconsoled,
#                         curl, bash and date with their libraries, the kernel's Xen,
#                         netback and bridge modules, and an /init like the
#                         x86_64 dom0's (tools/src/xen/xen-dom0.sh): bridge br0
#                         (169.254.1.1/16), /test/run.sh if a second archive
#                         brought one, then power off.
#   usage: xen-dom0-arm64.sh <debs-dir> <out-dir>
set -euo pipefail
debs=$(realpath "$1")
out=$(realpath -m "$2")
mkdir -p "$out"
if [ -s "$out/Image" ] && [ -s "$out/dom0.cpio.gz" ]; then exit 0; fi
declare -A pkg=([cpio]=cpio [llvm-readelf]=llvm [dpkg]=dpkg)
for prog in cpio llvm-readelf dpkg; do
  command -v "$prog" >/dev/null ||
    { echo "xen-dom0-arm64.sh: needs $prog (Debian package ${pkg[$prog]}; bash scripts/setup.sh installs it)" >&2; exit 1; }
done
work=$(mktemp -d "$out/build-XXXXXX")
trap 'rm -rf "$work"' EXIT
R=$work/root M=$work/mini
mkdir -p "$R"
for d in "$debs"/*.deb; do dpkg -x "$d" "$R"; done
kver=$(ls "$R/lib/modules")

mkdir -p "$M"/{bin,usr/bin,lib/aarch64-linux-gnu,etc,proc,sys,dev,run,tmp,var,root}
cp "$R/bin/busybox" "$M/bin/busybox"
# busybox for all but sh and date: the test scripts (x86_64's, written for dash and GNU date)
# take times with date +%s%N and do 64-bit arithmetic on them, which busybox's ash and date
# get wrong ("divide by zero"); /bin/sh is bash.
ln -s bash "$M/bin/sh"
for a in mount mkdir cat sleep ls ps sed insmod awk grep rm touch mv cp chmod head tail tr cut wc \
  env seq ip brctl timeout basename dirname readlink ln flock logger expr od stat which; do
  ln -s busybox "$M/bin/$a"
done
bins="usr/lib/xen-4.17/bin/xl usr/lib/xen-4.17/bin/xenstored usr/lib/xen-4.17/bin/xen-init-dom0
  usr/lib/xen-4.17/bin/xenconsoled usr/lib/xen-4.17/bin/xenconsole usr/bin/curl bin/bash bin/date
  usr/bin/xenstore-read usr/bin/xenstore-write usr/bin/xenstore-ls usr/bin/xenstore-list
  usr/bin/xenstore-exists usr/bin/xenstore-rm usr/bin/xenstore-watch"
findlib() {
  for d in lib/aarch64-linux-gnu usr/lib/aarch64-linux-gnu; do
    [ -e "$R/$d/$1" ] && { echo "$d/$1"; return 0; }
  done
  echo "xen-dom0-arm64.sh: library $1 not in the packages" >&2
  return 1
}
declare -A seen
queue=""
for b in $bins; do
  mkdir -p "$M/$(dirname "$b")"
  cp -L "$R/$b" "$M/$b"
  queue="$queue $b"
done
# Libraries, transitively (libgcc_s: dlopen()ed by glibc when xl cancels a thread).
queue="$queue lib/aarch64-linux-gnu/libgcc_s.so.1"
cp -L "$R/lib/aarch64-linux-gnu/libgcc_s.so.1" "$M/lib/aarch64-linux-gnu/"
while [ -n "${queue// /}" ]; do
  set -- $queue
  f=$1
  shift
  queue="$*"
  for n in $(llvm-readelf -d "$R/$f" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); do
    [ -n "${seen[$n]:-}" ] && continue
    seen[$n]=1
    p=$(findlib "$n")
    mkdir -p "$M/$(dirname "$p")"
    cp -L "$R/$p" "$M/$p"
    queue="$queue $p"
  done
done
cp -L "$R/lib/ld-linux-aarch64.so.1" "$M/lib/"
ln -s /usr/lib/xen-4.17/bin/xl "$M/usr/bin/xl"

km=$R/lib/modules/$kver/kernel mm=$M/lib/modules/$kver/kernel
mkdir -p "$mm/drivers/net" "$mm/net"
cp -a "$km/drivers/xen" "$mm/drivers/"
cp -a "$km/drivers/net/xen-netback" "$mm/drivers/net/"
for d in bridge 802 llc; do cp -a "$km/net/$d" "$mm/net/"; done
cp -a "$R/etc/xen" "$M/etc/"
# xl's default vif script for vif = ['bridge=br0'], as on x86_64 (xen-dom0.sh), with brctl.
cat >"$M/etc/xen/scripts/vif-bridge" <<'VIF'
#!/bin/sh
case "$1" in
online | add)
  brctl addif "${bridge:-br0}" "$vif" && ip link set dev "$vif" up &&
    xenstore-write "$XENBUS_PATH/hotplug-status" connected ;;
esac
exit 0
VIF
chmod 755 "$M/etc/xen/scripts/vif-bridge"
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$M/etc/passwd"
printf 'root:x:0:\n' >"$M/etc/group"

cat >"$M/init" <<INIT
#!/bin/sh
export PATH=/usr/lib/xen-4.17/bin:/usr/bin:/bin
export LD_LIBRARY_PATH=/lib/aarch64-linux-gnu:/usr/lib/aarch64-linux-gnu
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
ln -s /proc/self/fd /dev/fd; ln -s fd/0 /dev/stdin; ln -s fd/1 /dev/stdout; ln -s fd/2 /dev/stderr
mount -t tmpfs tmpfs /run
mkdir -p /run/xen /run/lock /var/lock /var/log/xen/console /var/lib/xen /var/lib/xenstored /var/run/xen /var/run/xen-hotplug
# Modules in dependency order (no depmod for arm64 modules here).
K=/lib/modules/$kver/kernel
for m in drivers/xen/xen-privcmd drivers/xen/xenfs/xenfs drivers/xen/xen-evtchn drivers/xen/xen-gntdev \\
  drivers/xen/xen-gntalloc drivers/net/xen-netback/xen-netback net/llc/llc net/802/stp net/bridge/bridge; do
  insmod \$K/\$m.ko
done
mount -t xenfs xenfs /proc/xen
xenstored --pid-file /run/xen/xenstored.pid
xen-init-dom0 >/dev/null
xenconsoled --pid-file=/run/xen/xenconsoled.pid
brctl addbr br0 && ip addr add 169.254.1.1/16 dev br0 && ip link set br0 up
ip link set lo up
echo "ukraft-dom0: xl ready"
if [ -x /test/run.sh ]; then /test/run.sh; fi
echo "ukraft-dom0: done"
echo o >/proc/sysrq-trigger
sleep 30
INIT
chmod 755 "$M/init"
(cd "$M" && find . -print0 | cpio --null -o -H newc --quiet) | gzip -1 >"$work/dom0.cpio.gz"
cp "$R/boot/vmlinuz-$kver" "$work/Image"
mv "$work/Image" "$work/dom0.cpio.gz" "$out/"
