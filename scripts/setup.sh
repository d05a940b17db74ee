#!/usr/bin/env bash
# Install what a fresh Debian 12 machine lacks for ukraft, then the npm
# dependencies and the Nx plugin. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

# program -> Debian package
declare -A need=(
  [clang]=clang [ld.lld]=lld [llvm-objcopy]=llvm [llvm-size]=llvm [llvm-nm]=llvm
  [qemu-system-x86_64]=qemu-system-x86 [qemu-system-aarch64]=qemu-system-arm
  [ip]=iproute2 # network tests: namespaces and TAP interfaces
  [curl]=curl # httpd-app tests: a real HTTP client
  [wrk]=wrk # bench/httpd.mjs and bench/httpd-soak.mjs: HTTP load
  [qemu-aarch64]=qemu-user [aarch64-linux-gnu-gcc]=gcc-aarch64-linux-gnu
  [lua5.4]=lua5.4 # lua-app tests compare with the host interpreter
  [sqlite3]=sqlite3 # sqlite-app tests compare with the host shell
  [tclsh]=tcl [make]=make # libsqlite generates the amalgamation from its sources (libs/sqlite/generate.sh)
  [tmux]=tmux [file]=file [debootstrap]=debootstrap [cpio]=cpio [dtc]=device-tree-compiler
  [clang-format]=clang-format [clangd]=clangd # editor support: compile-commands test (docs/clangd.md)
  [gdb-multiarch]=gdb-multiarch [gdbserver]=gdbserver [llvm-symbolizer]=llvm # debug target, symbolized crash dumps (docs/debugging.md)
  # upstream libraries (docs/upstream.md): apt-get source, tar with gzip/xz, patch
  [apt-get]=apt [tar]=tar [xz]=xz-utils [patch]=patch
)
missing=()
for prog in "${!need[@]}"; do
  command -v "$prog" >/dev/null 2>&1 || missing+=("${need[$prog]}")
done
# file -> Debian package, for packages without a program: the host's C
# headers (host tests; the Xen grant-table test's helper uses Linux's uapi),
# and arm64's static C library (the xen-arm64 dom0's frame sender).
declare -A need_file=(
  [/usr/include/stdio.h]=libc6-dev [/usr/include/linux/ioctl.h]=linux-libc-dev
  [/usr/aarch64-linux-gnu/lib/libc.a]=libc6-dev-arm64-cross
)
for f in "${!need_file[@]}"; do
  [ -e "$f" ] || missing+=("${need_file[$f]}")
done
# The host tests link with -fsanitize=address,undefined: clang's sanitizer
# runtime is a separate package (a recommendation of clang, which
# --no-install-recommends leaves out).
if command -v clang >/dev/null 2>&1; then
  [ -f "$(clang -print-file-name=libclang_rt.asan-x86_64.a 2>/dev/null)" ] || missing+=(libclang-rt-14-dev)
else
  missing+=(libclang-rt-14-dev)
fi
if [ ${#missing[@]} -gt 0 ]; then
  pkgs=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
  echo "setup: installing Debian packages: $pkgs"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
fi

# node_modules/@ukraft/nx is npm's link to tools/: without it (or with a
# broken one) every nx command fails, and tools/plugin.js says to run npm ci.
if [ ! -d node_modules/nx ] || [ ! -e node_modules/@ukraft/nx/package.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
if [ ! -e node_modules/@ukraft/nx/package.json ]; then
  echo "setup: node_modules/@ukraft/nx is missing or a broken link after npm ci: run npm ci in $(pwd)" >&2
  exit 1
fi
echo "setup: building the Nx plugin (tools/)"
npm run -s build:plugin >/dev/null
if [ ! -e tools/dist/index.js ]; then
  echo "setup: the Nx plugin did not build (tools/dist/index.js is missing): run npm run build:plugin" >&2
  exit 1
fi
