/** sha256 of files, streamed: archives can be large. */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** sha256 of a small file read at once (patch files). */
export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
