/**
 * The arm64 Linux `Image` format (the kernel's "Booting AArch64 Linux"
 * document): a raw binary whose first 64 bytes are a header. kvm-arm64
 * links the header into the image (plat/kvm/arm64/head.S), so the Image
 * is the ELF's loadable bytes from `llvm-objcopy -O binary`; this module
 * writes it and checks the header, so a broken layout fails the link.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withTempOutput } from '../fs/atomic-write';
import { findTool, runOrFail } from '../toolchain/tools';
import { UkError } from '../util/errors';

export const IMAGE_HEADER_SIZE = 64;
/** "ARM\x64" at offset 0x38, little-endian 0x644d5241. */
export const IMAGE_MAGIC = 0x644d5241;

export interface Arm64ImageHeader {
  code0: number;
  code1: number;
  textOffset: bigint;
  imageSize: bigint;
  flags: bigint;
  magic: number;
  /** Target of code0 when it is an unconditional branch (b), relative to the image start. */
  branchTarget?: number;
}

/** Decode the header fields (no validation). */
export function parseArm64ImageHeader(buf: Uint8Array): Arm64ImageHeader {
  if (buf.length < IMAGE_HEADER_SIZE)
    throw new UkError(`arm64 Image: ${buf.length} bytes, shorter than its 64-byte header`);
  const v = new DataView(buf.buffer, buf.byteOffset, IMAGE_HEADER_SIZE);
  const code0 = v.getUint32(0, true);
  // B imm26: 0b000101 in bits 31:26; offset = sign-extended imm26 * 4.
  const branchTarget = code0 >>> 26 === 0b000101 ? (((code0 & 0x3ffffff) << 6) >> 6) * 4 : undefined;
  return {
    code0,
    code1: v.getUint32(4, true),
    textOffset: v.getBigUint64(8, true),
    imageSize: v.getBigUint64(16, true),
    flags: v.getBigUint64(24, true),
    magic: v.getUint32(0x38, true),
    branchTarget,
  };
}

/** Problems with a header (empty when valid) for an Image file of fileSize bytes. */
export function checkArm64ImageHeader(h: Arm64ImageHeader, fileSize: number): string[] {
  const problems: string[] = [];
  if (h.magic !== IMAGE_MAGIC) problems.push(`magic is 0x${h.magic.toString(16)}, not "ARM\\x64"`);
  if (h.branchTarget === undefined || h.branchTarget < IMAGE_HEADER_SIZE || h.branchTarget >= fileSize) {
    problems.push('code0 is not a branch over the header into the image');
  }
  if (h.textOffset % 4096n !== 0n) problems.push(`text_offset 0x${h.textOffset.toString(16)} is not page-aligned`);
  if (h.imageSize < BigInt(fileSize))
    problems.push(`image_size ${h.imageSize} is smaller than the file (${fileSize} bytes)`);
  if ((h.flags & 1n) !== 0n) problems.push('flags say big-endian');
  if (((h.flags >> 1n) & 3n) !== 1n) problems.push('flags do not say 4 KiB pages');
  return problems;
}

/** Write `<image>.Image` from the ELF with symbols and check it; returns its path. */
export async function writeArm64Image(cwd: string, debugImage: string, image: string): Promise<string> {
  const out = `${image}.Image`;
  // Checked under a temporary name, renamed into place only when valid.
  await withTempOutput(resolve(cwd, out), async (tmp) => {
    await runOrFail('writing the arm64 Image', findTool('llvm-objcopy'), ['-O', 'binary', debugImage, tmp], cwd);
    const buf = readFileSync(tmp);
    const problems = checkArm64ImageHeader(parseArm64ImageHeader(buf), buf.length);
    if (problems.length) throw new UkError(`${out}: invalid arm64 Image header: ${problems.join('; ')}`);
  });
  return out;
}
