import { describe, expect, it } from 'vitest';
import { IMAGE_HEADER_SIZE, checkArm64ImageHeader, parseArm64ImageHeader } from './arm64-image';

/** A header as plat/kvm/arm64/head.S lays it out: b +0x40, text_offset 2 MiB, 4K pages. */
function header(patch: (v: DataView) => void = () => {}): Uint8Array {
  const buf = new Uint8Array(4096);
  const v = new DataView(buf.buffer);
  v.setUint32(0, 0x14000000 | (IMAGE_HEADER_SIZE / 4), true); // b .+64
  v.setBigUint64(8, 0x200000n, true);
  v.setBigUint64(16, 0x38000n, true);
  v.setBigUint64(24, 0x2n, true);
  buf.set([0x41, 0x52, 0x4d, 0x64], 0x38); // "ARM\x64"
  patch(v);
  return buf;
}

describe('arm64 Image header', () => {
  it('decodes the fields and the code0 branch target', () => {
    const h = parseArm64ImageHeader(header());
    expect(h.branchTarget).toBe(64);
    expect(h.textOffset).toBe(0x200000n);
    expect(h.imageSize).toBe(0x38000n);
    expect(h.flags).toBe(2n);
    expect(checkArm64ImageHeader(h, 4096)).toEqual([]);
  });

  it('decodes a backward branch as negative and rejects it', () => {
    const h = parseArm64ImageHeader(header((v) => v.setUint32(0, 0x17ffffff, true))); // b .-4
    expect(h.branchTarget).toBe(-4);
    expect(checkArm64ImageHeader(h, 4096)).toContain('code0 is not a branch over the header into the image');
  });

  it('names each broken field', () => {
    const bad = parseArm64ImageHeader(
      header((v) => {
        v.setUint32(0x38, 0x12345678, true);
        v.setBigUint64(8, 0x1001n, true);
        v.setBigUint64(16, 16n, true);
        v.setBigUint64(24, 0x5n, true);
      }),
    );
    const problems = checkArm64ImageHeader(bad, 4096).join('\n');
    expect(problems).toMatch(/magic/);
    expect(problems).toMatch(/text_offset 0x1001/);
    expect(problems).toMatch(/image_size 16 is smaller/);
    expect(problems).toMatch(/big-endian/);
    expect(problems).toMatch(/4 KiB pages/);
  });

  it('refuses a file shorter than the header', () => {
    expect(() => parseArm64ImageHeader(new Uint8Array(10))).toThrow(/shorter than its 64-byte header/);
  });
});
