import { describe, expect, it } from 'vitest';
import { bootVerdict, guestStatus, xenCrash } from './status';

const ok = { code: 1, signal: null, stderr: '', timedOut: false };

describe('guestStatus', () => {
  it('takes the last status line, with or without a Xen domain prefix', () => {
    expect(guestStatus('ukraft: main returned 7\nmore\nukraft: main returned 3\r\n')).toEqual({
      status: 3,
      crashed: false,
    });
    expect(guestStatus('(d1) ukraft: crashed, status 127\n')).toEqual({ status: 127, crashed: true });
    // One format on every platform: a bare "crashed" is not a status line.
    expect(guestStatus('ukraft: crashed\n')).toBeUndefined();
    expect(guestStatus('say ukraft: main returned 0\n')).toBeUndefined();
  });
});

describe('bootVerdict', () => {
  it('reads the status from the guest, not from the exit code', () => {
    expect(bootVerdict('/usr/bin/qemu-system-x86_64', { ...ok, stdout: 'hi\nukraft: main returned 0\n' }, 0)).toEqual({
      status: 0,
      message: 'main returned 0',
    });
  });
  it('calls an exit with no guest output a failure to start, with the stderr', () => {
    const v = bootVerdict(
      '/usr/bin/qemu-system-x86_64',
      { ...ok, stdout: '', stderr: 'unsupported machine type\n' },
      0,
    );
    expect(v.status).toBeUndefined();
    expect(v.message).toBe(
      'qemu-system-x86_64 failed to start: it exited with code 1 before the guest printed anything:\nunsupported machine type',
    );
  });
  it('says when the guest printed but gave no status line', () => {
    const v = bootVerdict('xl', { ...ok, code: 0, stdout: 'Hello\n' }, 0);
    expect(v).toEqual({ message: 'the guest printed no status line; xl exited with code 0' });
  });
  it('says when Xen crashed the domain, never success', () => {
    const stdout = [
      'crashtest: thread-overflow',
      '(XEN) Domain 0 (vcpu#0) crashed on cpu#0:',
      '(XEN) cr3: 000000001ec49000   cr2: 000000000006eff8',
      '(XEN) Hardware Dom0 crashed: rebooting machine in 5 seconds.',
      '',
    ].join('\n');
    expect(bootVerdict('qemu-system-x86_64', { ...ok, code: 0, stdout }, 0)).toEqual({
      message: 'Xen crashed domain 0 (vcpu 0) before it printed a status line, cr2 0x6eff8',
    });
    expect(xenCrash('(XEN) Domain 3 (vcpu#1) crashed on cpu#0:\n')).toBe(
      'Xen crashed domain 3 (vcpu 1) before it printed a status line',
    );
    // The guest's own status line, when there is one, still decides.
    expect(bootVerdict('x', { ...ok, stdout: `${stdout}ukraft: main returned 0\n` }, 0).status).toBe(0);
  });
  it('reports a timeout', () => {
    expect(bootVerdict('x', { ...ok, stdout: 'ukraft: main returned 0', timedOut: true }, 5).message).toBe(
      'did not stop within 5 s (killed)',
    );
  });
});
