/**
 * The url channel: an archive by http, https or file URL, copied to a
 * local file. Every failure is a ChannelError with what went wrong; the
 * caller turns it into the library's error.
 */
import { copyFileSync, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

/** The channel could not deliver: unreachable, refused, not found. */
export class ChannelError extends Error {}

/** Whole-download time bound: an archive that takes longer is treated as unreachable. */
const TIMEOUT_MS = 300_000;

/** Download `url` into `dest` (which must not exist yet). */
export async function downloadUrl(url: string, dest: string): Promise<void> {
  if (url.startsWith('file:')) {
    let path: string;
    try {
      path = fileURLToPath(url);
    } catch (e) {
      throw new ChannelError(`${url}: ${(e as Error).message}`);
    }
    try {
      copyFileSync(path, dest);
    } catch (e) {
      throw new ChannelError(`${url}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return;
  }
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new ChannelError(`${url}: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
  }
  if (!res.ok || !res.body) throw new ChannelError(`${url}: HTTP ${res.status} ${res.statusText}`.trimEnd());
  try {
    await pipeline(Readable.fromWeb(res.body as Parameters<typeof Readable.fromWeb>[0]), createWriteStream(dest));
  } catch (e) {
    throw new ChannelError(`${url}: the download broke off: ${(e as Error).message}`);
  }
}
