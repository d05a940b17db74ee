#!/usr/bin/env bash
# The main job for a newcomer: set up, build hello world for every target
# it declares, and boot it on linuxu-x86_64 and then kvm-x86_64 (QEMU TCG).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NX_DAEMON=false NX_TUI=false
npx nx build helloworld --output-style=static
echo "--- linuxu-x86_64: dist/apps/helloworld/linuxu-x86_64/helloworld_linuxu-x86_64 one two"
dist/apps/helloworld/linuxu-x86_64/helloworld_linuxu-x86_64 one two </dev/null
echo "--- kvm-x86_64: QEMU microvm (TCG)"
set +e
timeout 60 qemu-system-x86_64 -M microvm -accel tcg -cpu max -m 64M -nodefaults -no-user-config \
  -nographic -serial stdio -device isa-debug-exit,iobase=0xf4,iosize=4 \
  -kernel dist/apps/helloworld/kvm-x86_64/helloworld_kvm-x86_64 -append "one two" </dev/null
code=$?
set -e
echo "--- QEMU exit code $code (1 means main returned 0)"
[ "$code" -eq 1 ]
