/**
 * httpd-app over TCP from Node, shared by test/e2e/httpd.test.ts and
 * http-conformance.test.ts: the image paths, booting it on kvm-x86_64
 * (QEMU -M pc, virtio-net-pci on user networking with a forward on a free
 * loopback port), raw requests on a connection and the responses parsed
 * back. Every wait has a time bound.
 */
import net from 'node:net';
import { expect } from 'vitest';
import { freeTcpPort, startGuest, type Guest } from './net';
import { x86Args } from './qemu-net.mjs';
import { exec, nx } from './run';

export const IMG = (t: string) => `dist/apps/httpd/${t}/httpd-app_${t}`;
export const LISTENING = /^httpd: listening on http:\/\/[\d.]+:80\/$/m;
export const BOOT_MS = 90_000;

/** Build httpd-app for kvm-x86_64 and boot it on pc with its initrd and `append`; resolves once it listens. */
export async function bootHttpdPc(append: string): Promise<{ g: Guest; port: number }> {
  const b = nx(['build', 'httpd-app', '--configuration=kvm-x86_64']);
  expect(b.code, b.stdout + b.stderr).toBe(0);
  const port = await freeTcpPort();
  const g = startGuest(
    'qemu-system-x86_64',
    x86Args('pc', IMG('kvm-x86_64'), [
      '-netdev',
      `user,id=n0,hostfwd=tcp:127.0.0.1:${port}-:80`,
      '-device',
      'virtio-net-pci,netdev=n0',
      '-initrd',
      `${IMG('kvm-x86_64')}.initrd.cpio`,
      '-append',
      append,
    ]),
  );
  await g.waitFor(LISTENING, BOOT_MS);
  return { g, port };
}

export interface Response {
  status: number;
  /** The status line's reason phrase. */
  reason: string;
  /** Lower-case names; a repeated field keeps its last value. */
  headers: Record<string, string>;
  /** The field names in the order sent, lower-case (repeats included). */
  names: string[];
  body: string;
}

/**
 * The complete responses at the start of text (bodies by Content-Length;
 * none for HEAD answers, 1xx, 204 and 304; 1xx answers are listed too).
 */
export function parseResponses(text: string, heads: boolean[] = []): Response[] {
  const out: Response[] = [];
  let at = 0;
  let finals = 0;
  for (;;) {
    const end = text.indexOf('\r\n\r\n', at);
    if (end < 0) return out;
    const lines = text.slice(at, end).split('\r\n');
    const m = /^HTTP\/1\.1 (\d{3}) (.*)$/.exec(lines[0]!);
    if (!m) throw new Error(`not a status line: ${JSON.stringify(lines[0])}`);
    const status = Number(m[1]);
    const headers: Record<string, string> = {};
    const names: string[] = [];
    for (const l of lines.slice(1)) {
      const i = l.indexOf(':');
      const name = l.slice(0, i).toLowerCase();
      names.push(name);
      headers[name] = l.slice(i + 1).trim();
    }
    const bodiless = status < 200 || status === 204 || status === 304 || heads[finals];
    const len = bodiless ? 0 : Number(headers['content-length'] ?? 0);
    if (text.length < end + 4 + len) return out;
    out.push({ status, reason: m[2]!, headers, names, body: text.slice(end + 4, end + 4 + len) });
    if (status >= 200) finals++;
    at = end + 4 + len;
  }
}

/**
 * Send data on a new connection (in pieces, with pauses) and collect
 * until `want` complete final responses came, the server closed, or ms passed.
 */
export function talk(
  port: number,
  pieces: (string | Buffer)[],
  opts: { want?: number; heads?: boolean[]; ms?: number } = {},
): Promise<{ text: string; responses: Response[]; closed: boolean; error?: string }> {
  return new Promise((ok) => {
    const s = net.connect(port, '127.0.0.1');
    let text = '';
    let error: string | undefined;
    const finals = () => parseResponses(text, opts.heads).filter((r) => r.status >= 200);
    const done = (closed: boolean) => {
      clearTimeout(timer);
      s.destroy();
      ok({ text, responses: finals(), closed, error });
    };
    const timer = setTimeout(() => done(false), opts.ms ?? 10_000);
    s.on('data', (d) => {
      text += d.toString('latin1');
      if (opts.want && finals().length >= opts.want) done(false);
    });
    s.on('error', (e) => (error = (e as NodeJS.ErrnoException).code));
    s.on('close', () => done(true));
    s.on('connect', async () => {
      for (const p of pieces) {
        if (s.destroyed) return;
        s.write(p);
        await new Promise((w) => setTimeout(w, 20));
      }
    });
  });
}

/** A GET of path over HTTP/1.1 with Host and the extra field lines. */
export const GET = (path: string, extra = '') => `GET ${path} HTTP/1.1\r\nHost: t\r\n${extra}\r\n`;

/** A good request must still be answered (after bad input). */
export async function stillServes(port: number): Promise<void> {
  const r = await talk(port, [GET('/', 'Connection: close\r\n')], { want: 1 });
  expect(r.responses[0]?.status, r.text).toBe(200);
}

/** The status code curl gets for url (body dropped), with extra arguments before the URL. */
export function curlStatus(url: string, extra: string[] = []): string {
  const r = exec('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '--max-time', '20', ...extra, url]);
  return r.stdout || r.stderr;
}
