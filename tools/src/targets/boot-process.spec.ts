import { describe, expect, it, vi } from 'vitest';
import { lineEcho } from './boot-process';

describe('lineEcho', () => {
  it('writes whole lines, however the pieces came', () => {
    const out: string[] = [];
    const e = lineEcho((s) => out.push(s));
    for (const piece of ['H', 'TTP/1.1 200 OK\nSer', 'ver: x\n', '\n']) e.write(Buffer.from(piece));
    expect(out).toEqual(['HTTP/1.1 200 OK\n', 'Server: x\n', '\n']);
    e.flush();
    expect(out).toHaveLength(3);
  });

  it('lets a line without its newline (a prompt) out after a pause, and on flush', () => {
    vi.useFakeTimers();
    try {
      const out: string[] = [];
      const e = lineEcho((s) => out.push(s), 100);
      e.write(Buffer.from('login: '));
      expect(out).toEqual([]);
      vi.advanceTimersByTime(100);
      expect(out).toEqual(['login: ']);
      e.write(Buffer.from('tail'));
      e.flush();
      expect(out).toEqual(['login: ', 'tail']);
    } finally {
      vi.useRealTimers();
    }
  });
});
