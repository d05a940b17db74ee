#!/usr/bin/env bash
# Builds a small Linux dom0 for the Xen boot tests, from Debian packages:
#   <out>/vmlinuz         Debian's linux-image-amd64 kernel
#   <out>/dom0.cpio.gz    a trimmed debootstrap (minbase + xen-utils-4.17)
#                         with the kernel's Xen modules and an /init that
#                         starts xenstored, xen-init-dom0 and xenconsoled,
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
debootstrap --variant=minbase --include=xen-utils-4.17,kmod,procps bookworm root >debootstrap.log 2>&1 ||
  { tail -20 debootstrap.log >&2; exit 1; }

# Xen drivers of the kernel, with the module index.
mkdir -p "root/lib/modules/$kver/kernel/drivers"
cp -a "kernel/lib/modules/$kver/kernel/drivers/xen" "root/lib/modules/$kver/kernel/drivers/"
cp -a "kernel/lib/modules/$kver"/modules.{order,builtin,builtin.modinfo} "root/lib/modules/$kver/"
chroot root /sbin/depmod "$kver"

# The dom0 file system: only the programs the test needs, their shared
# libraries (found with ldd inside the debootstrap), the Xen modules and
# the few data files xl reads. A whole minbase system is ~5 times bigger
# and most of the dom0 boot time would go to unpacking it.
progs="sh mount umount mkdir cat sleep ls ps sed modprobe
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
mount -t tmpfs tmpfs /run
mkdir -p /run/xen /run/lock /var/lock /var/log/xen/console /var/lib/xen /var/lib/xenstored /var/run/xen
for m in xenfs xen-evtchn xen-gntdev xen-gntalloc xen-privcmd; do modprobe "$m"; done
mount -t xenfs xenfs /proc/xen
xenstored --pid-file /run/xen/xenstored.pid
xen-init-dom0 >/dev/null
xenconsoled --pid-file=/run/xen/xenconsoled.pid
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
