/**
 * The lanes of the end-to-end suite (test/lanes.mjs): every file of the
 * scratch lane exists and makes a scratch copy, and runs no nx command in
 * the checkout itself (every nx() call names a cwd), so it cannot disturb
 * the workspace lane that runs beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRATCH_LANE } from '../lanes.mjs';

const TEST = join(__dirname, '..');

describe('the scratch lane of the end-to-end suite', () => {
  it.each(SCRATCH_LANE)('%s exists, makes a scratch copy, and runs nx only there', (file) => {
    const path = join(TEST, file);
    expect(existsSync(path), `${file} is listed in test/lanes.mjs but does not exist`).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/scratchWorkspace\(/);
    // nx(args) with no cwd runs in the checkout; nx(args, ws.dir ...) in the copy.
    const inCheckout = [...text.matchAll(/\bnx\(\[[^\]]*\]\s*\)/g)].map((m) => m[0]);
    expect(inCheckout, `${file} runs nx in the checkout`).toEqual([]);
  });
});
