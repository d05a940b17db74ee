#!/usr/bin/env bash
# Install what a fresh Debian 12 machine lacks for ukraft, then the npm
# dependencies and the Nx plugin. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

# program -> Debian package
declare -A need=(
  [clang]=clang [ld.lld]=lld [llvm-objcopy]=llvm [llvm-size]=llvm [llvm-nm]=llvm
  [qemu-system-x86_64]=qemu-system-x86 [qemu-system-aarch64]=qemu-system-arm
  [qemu-aarch64]=qemu-user [aarch64-linux-gnu-gcc]=gcc-aarch64-linux-gnu
  [tmux]=tmux [file]=file [debootstrap]=debootstrap [cpio]=cpio [dtc]=device-tree-compiler
)
missing=()
for prog in "${!need[@]}"; do
  command -v "$prog" >/dev/null 2>&1 || missing+=("${need[$prog]}")
done
if [ ${#missing[@]} -gt 0 ]; then
  pkgs=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
  echo "setup: installing Debian packages: $pkgs"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
fi

if [ ! -d node_modules/nx ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
echo "setup: building the Nx plugin (tools/)"
npm run -s build:plugin >/dev/null
