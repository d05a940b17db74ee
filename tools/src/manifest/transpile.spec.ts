import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { transpileManifest } from './transpile';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'transpile-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('transpileManifest', () => {
  it('keeps the code under the hash of the source, and a changed source gets its own', () => {
    const dir = fresh();
    const a = transpileManifest('uk.lib.ts', `export default { name: 'a' as string };\n`, dir);
    expect(a).toMatch(/name: ["']a["']/);
    expect(a).not.toContain('as string');
    const kept = readdirSync(dir);
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe(a);
    const b = transpileManifest('uk.lib.ts', `export default { name: 'b' as string };\n`, dir);
    expect(b).toMatch(/name: ["']b["']/);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('keeps nothing for a syntax error', () => {
    const dir = fresh();
    expect(() => transpileManifest('uk.lib.ts', 'export default {', dir)).toThrow();
    expect(readdirSync(dir)).toHaveLength(0);
  });
});
