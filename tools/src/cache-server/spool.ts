/**
 * Receiving an upload: the body goes to a temporary file while its bytes
 * are counted and hashed. Only a body of exactly the declared length comes
 * back; anything else removes the file and rejects, so nothing half-sent is
 * ever stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, type ReadStream } from 'node:fs';
import { rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Spooled } from './store';

/** The body did not match its Content-Length (a client error, not the server's). */
export class BodyError extends Error {}

/** A fresh temporary file name in dir. */
export function tempName(dir: string): string {
  return join(dir, `${randomBytes(8).toString('hex')}.tmp`);
}

/** Copy body into a new file in dir; resolves once exactly `declared` bytes are on disk. */
export async function spool(body: Readable | ReadStream, dir: string, declared: number): Promise<Spooled> {
  const file = tempName(dir);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > declared) return done(new BodyError(`body longer than its Content-Length of ${declared} bytes`));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const out = createWriteStream(file, { flags: 'wx' });
  let diskError = false;
  // pipeline() also destroys `out` when the client goes; only a file-system error has a syscall.
  out.on('error', (e: NodeJS.ErrnoException) => (diskError ||= e.syscall !== undefined));
  try {
    await pipeline(body, meter, out);
  } catch (e) {
    await rm(file, { force: true });
    // A failing disk is the server's fault (500); anything else is a body cut short by the client.
    if (diskError || e instanceof BodyError) throw e;
    throw new BodyError(`body cut short: ${size} of ${declared} bytes read (${(e as Error).message})`);
  }
  if (size !== declared) {
    await rm(file, { force: true });
    throw new BodyError(`body cut short: ${size} of ${declared} bytes read`);
  }
  return { file, size, sha256: hash.digest('hex') };
}

/** The sha256 (hex) of a whole open file, read by position so the handle can be streamed afterwards. */
export async function sha256Of(fh: FileHandle): Promise<string> {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 20);
  for (let pos = 0; ;) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
    if (bytesRead === 0) return hash.digest('hex');
    hash.update(buf.subarray(0, bytesRead));
    pos += bytesRead;
  }
}
