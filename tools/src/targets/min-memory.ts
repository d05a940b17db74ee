/**
 * The least guest memory an image can start in, from its ELF program
 * headers: on kvm-x86_64 RAM starts at address 0 and the image is loaded
 * at its physical addresses, so RAM must reach the end of the last
 * loaded segment (its .bss included). Below that the loader puts the
 * image where no RAM is and the guest cannot even print (docs/errors.md).
 */
import { readFileSync } from 'node:fs';
import { UkError } from '../util/errors';

const PT_LOAD = 1;

/** The end (p_paddr + p_memsz) of the highest PT_LOAD segment of an ELF64 little-endian file. */
export function loadEnd(elf: Buffer): bigint {
  if (elf.length < 64 || elf.readUInt32BE(0) !== 0x7f454c46 || elf[4] !== 2 || elf[5] !== 1) return 0n;
  const phoff = Number(elf.readBigUInt64LE(0x20));
  const phentsize = elf.readUInt16LE(0x36);
  const phnum = elf.readUInt16LE(0x38);
  let end = 0n;
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    if (p + 0x30 > elf.length || elf.readUInt32LE(p) !== PT_LOAD) continue;
    const e = elf.readBigUInt64LE(p + 0x18) + elf.readBigUInt64LE(p + 0x28);
    if (e > end) end = e;
  }
  return end;
}

/** Bytes of a `run.memory` value (`64M`, `1G`). */
export function memoryBytes(memory: string): bigint {
  const n = BigInt(memory.slice(0, -1));
  return memory.endsWith('G') ? n << 30n : n << 20n;
}

/** A UkError when the image at `path` cannot start in `memory` (targets whose RAM starts at 0). */
export function checkImageFits(path: string, shown: string, memory: string): void {
  const end = loadEnd(readFileSync(path));
  const have = memoryBytes(memory);
  if (end <= have) return;
  const needKiB = (end + 1023n) / 1024n;
  const needMiB = (end + (1n << 20n) - 1n) >> 20n;
  throw new UkError(
    `${shown}: out of memory: the image needs ${needKiB} KiB of RAM (its loaded sections end at 0x${end.toString(16)}), --memory/run.memory gives ${have / 1024n} KiB (${memory}); use at least ${needMiB}M`,
  );
}
