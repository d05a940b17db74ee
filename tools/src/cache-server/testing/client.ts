/**
 * For tests: requests sent exactly as written (fetch would resolve `..` and
 * re-frame bodies), and raw connections for clients that misbehave.
 */
import { request } from 'node:http';
import { connect } from 'node:net';

export interface Answer {
  status: number;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

export function call(
  base: string,
  method: string,
  path: string,
  opts: { token?: string; body?: Buffer | string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        method,
        path,
        headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers },
        agent: false,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(parts), headers: res.headers }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export interface RawResult {
  /** What the server sent back (may be empty). */
  reply: string;
  /** The server closed the connection within the time allowed. */
  closed: boolean;
  ms: number;
}

/**
 * Send bytes on a fresh connection, then: 'end' half-closes (the client is
 * done sending), 'destroy' drops the connection at once, 'wait' sends
 * nothing more. Resolves when the server closes, or after waitMs.
 */
export function raw(
  base: string,
  bytes: Buffer | string,
  then: 'end' | 'destroy' | 'wait',
  waitMs = 5000,
): Promise<RawResult> {
  const u = new URL(base);
  const start = Date.now();
  return new Promise((resolve) => {
    const sock = connect(Number(u.port), u.hostname);
    let reply = '';
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ reply, closed, ms: Date.now() - start });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    sock.on('data', (d: Buffer) => (reply += d.toString('latin1')));
    sock.on('close', () => finish(true));
    sock.on('error', () => finish(true));
    sock.write(bytes, () => {
      if (then === 'end') sock.end();
      if (then === 'destroy') finish(false);
    });
  });
}

/** Headers of a PUT, as a client would write them. */
export function putHead(path: string, token: string, contentLength: number): string {
  return `PUT ${path} HTTP/1.1\r\nHost: cache\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${contentLength}\r\n\r\n`;
}
