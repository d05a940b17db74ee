import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { retryIfMoved } from './moved';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ukraft-moved-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('retryIfMoved', () => {
  it('runs again when an input was replaced while the work failed', async () => {
    const input = join(dir, 'libx.o');
    writeFileSync(input, 'v1');
    let calls = 0;
    const r = await retryIfMoved([input], async () => {
      calls++;
      if (calls === 1) {
        // What a cache restore does: the file goes and a copy comes.
        writeFileSync(join(dir, 'copy'), 'v1');
        renameSync(join(dir, 'copy'), input);
        throw new Error('libx.o: truncated');
      }
      return 'linked';
    });
    expect(r).toBe('linked');
    expect(calls).toBe(2);
  });

  it('runs again when its output folder was deleted and made again', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    let calls = 0;
    await retryIfMoved([out], async () => {
      if (++calls === 1) {
        rmSync(out, { recursive: true });
        mkdirSync(out);
        throw new Error('rename: ENOENT');
      }
    });
    expect(calls).toBe(2);
  });

  it('does not retry a plain failure, nor one where only a missing path appeared or files were added', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    let calls = 0;
    await expect(
      retryIfMoved([out, join(dir, 'new')], async () => {
        calls++;
        writeFileSync(join(out, 'obj.o'), 'x'); // a folder's own mtime changes: not a move
        writeFileSync(join(dir, 'new'), 'x');
        throw new Error('compile error');
      }),
    ).rejects.toThrow('compile error');
    expect(calls).toBe(1);
  });

  it('gives up after the tries asked for, with the last error', async () => {
    const input = join(dir, 'a');
    writeFileSync(input, '1');
    let calls = 0;
    await expect(
      retryIfMoved(
        [input],
        async () => {
          writeFileSync(join(dir, 'b'), String(++calls));
          renameSync(join(dir, 'b'), input);
          throw new Error(`failure ${calls}`);
        },
        2,
      ),
    ).rejects.toThrow('failure 2');
    expect(calls).toBe(2);
  });
});
