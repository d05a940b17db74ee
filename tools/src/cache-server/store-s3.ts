/**
 * The S3-compatible backend (AWS S3, Ceph RGW, MinIO, ...). Keys under the
 * prefix:
 *   <prefix><hash>             the entry, with user metadata sha256=<hex>
 *   <prefix>last-read/<hash>   an empty marker whose LastModified is the last read
 * Credentials and region come from the usual AWS environment variables (the
 * SDK's default chain). Bodies pass through a local temporary file in both
 * directions: an upload is checked before it becomes an object, and a
 * download is checked before its first byte is sent.
 */
import { createReadStream, mkdtempSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { isEntryName } from './names';
import { spool } from './spool';
import type { EntryInfo, OpenEntry, Spooled, Store } from './store';

export interface S3StoreOptions {
  bucket: string;
  /** Put before every key, e.g. `ukraft/` (default: none). */
  prefix?: string;
  /** The store's URL, for anything but AWS itself. */
  endpoint?: string;
  region?: string;
  /** Bucket in the path (`host/bucket/key`) rather than in the host name; most self-run stores need it. */
  pathStyle?: boolean;
  /** Where bodies are spooled (default: the system's temporary folder). */
  spoolParent?: string;
}

const MARKERS = 'last-read/';
/** A read is recorded at most this often per entry (it costs one request). */
const TOUCH_EVERY_MS = 60_000;

const status = (e: unknown): number | undefined =>
  (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

export class S3Store implements Store {
  readonly description: string;
  private readonly touched = new Map<string, number>();

  private constructor(
    private readonly s3: S3Client,
    private readonly o: S3StoreOptions,
    readonly spoolDir: string,
    private readonly log: (line: string) => void,
  ) {
    this.description = `s3://${o.bucket}/${o.prefix ?? ''}${o.endpoint ? ` at ${o.endpoint}` : ''}`;
  }

  /** Connect and check that the bucket answers, so a wrong name or key fails at start. */
  static async create(o: S3StoreOptions, log: (line: string) => void): Promise<S3Store> {
    const s3 = new S3Client({
      endpoint: o.endpoint,
      region: o.region ?? process.env['AWS_REGION'] ?? 'us-east-1',
      forcePathStyle: o.pathStyle ?? false,
      // Plain PutObject with a Content-Length, no aws-chunked trailers: every
      // S3-compatible store understands it, and sha256 is checked here anyway.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    try {
      await s3.send(new HeadBucketCommand({ Bucket: o.bucket }));
    } catch (e) {
      s3.destroy();
      const why =
        status(e) === 404
          ? 'no such bucket'
          : status(e) === 403
            ? 'access denied (check the AWS credentials)'
            : (e as Error).message || (e as Error).name;
      throw new Error(`S3 bucket ${o.bucket}${o.endpoint ? ` at ${o.endpoint}` : ''}: ${why}`, { cause: e });
    }
    const dir = mkdtempSync(join(o.spoolParent ?? tmpdir(), 'ukraft-cache-spool-'));
    return new S3Store(s3, o, dir, log);
  }

  private key(name: string): string {
    return `${this.o.prefix ?? ''}${name}`;
  }
  private marker(name: string): string {
    return `${this.o.prefix ?? ''}${MARKERS}${name}`;
  }

  async list(): Promise<EntryInfo[]> {
    const prefix = this.o.prefix ?? '';
    const entries = new Map<string, EntryInfo>();
    const reads = new Map<string, number>();
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.o.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const obj of page.Contents ?? []) {
        const rest = (obj.Key ?? '').slice(prefix.length);
        const when = obj.LastModified?.getTime() ?? 0;
        if (isEntryName(rest)) entries.set(rest, { name: rest, size: obj.Size ?? 0, lastRead: when });
        else if (rest.startsWith(MARKERS) && isEntryName(rest.slice(MARKERS.length)))
          reads.set(rest.slice(MARKERS.length), when);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    for (const [name, when] of reads) {
      const e = entries.get(name);
      if (e) e.lastRead = Math.max(e.lastRead, when);
      else await this.deleteKey(this.marker(name));
    }
    return [...entries.values()];
  }

  async has(name: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.o.bucket, Key: this.key(name) }));
      return true;
    } catch (e) {
      if (status(e) === 404) return false;
      throw e;
    }
  }

  async open(name: string): Promise<OpenEntry | 'corrupt' | undefined> {
    // Not every S3-compatible store is read-after-write consistent for a
    // new object's bytes and metadata, so a mismatch is read once more
    // before the entry is declared corrupt and removed.
    let why = '';
    for (let attempt = 0; attempt < 2; attempt++) {
      if (attempt) await new Promise((r) => setTimeout(r, 250));
      const got = await this.fetch(name);
      if (!got) return undefined;
      if (got.recorded === got.copy.sha256) return this.serve(got.copy);
      await rm(got.copy.file, { force: true });
      why = `sha256 ${got.copy.sha256} in the store, ${got.recorded ?? 'none'} recorded`;
    }
    this.log(`GET ${name} refused: ${why}; entry removed`);
    await this.remove(name);
    return 'corrupt';
  }

  /** The object spooled to a local file, with the sha256 recorded for it; undefined if absent. */
  private async fetch(name: string): Promise<{ copy: Spooled; recorded?: string } | undefined> {
    let got;
    try {
      got = await this.s3.send(new GetObjectCommand({ Bucket: this.o.bucket, Key: this.key(name) }));
    } catch (e) {
      if (status(e) === 404) return undefined;
      throw e;
    }
    const copy = await spool(got.Body as Readable, this.spoolDir, got.ContentLength ?? 0);
    return { copy, recorded: got.Metadata?.['sha256'] };
  }

  private async serve(copy: Spooled): Promise<OpenEntry> {
    // The open descriptor keeps the bytes; the name goes at once, so nothing is left behind.
    const fh = await open(copy.file, 'r');
    await rm(copy.file, { force: true });
    return {
      size: copy.size,
      stream: () => fh.createReadStream({ start: 0 }),
      close: () => fh.close().catch(() => {}),
    };
  }

  async commit(name: string, up: Spooled): Promise<boolean> {
    try {
      if (await this.has(name)) return false;
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.o.bucket,
          Key: this.key(name),
          Body: createReadStream(up.file),
          ContentLength: up.size,
          ContentType: 'application/octet-stream',
          Metadata: { sha256: up.sha256 },
          // Stores that support it refuse to replace an object (entries never change).
          IfNoneMatch: '*',
        }),
      );
      return true;
    } catch (e) {
      if (status(e) === 412 || status(e) === 409) return false;
      throw e;
    } finally {
      await rm(up.file, { force: true });
    }
  }

  async touch(name: string): Promise<void> {
    const now = Date.now();
    if (now - (this.touched.get(name) ?? 0) < TOUCH_EVERY_MS) return;
    this.touched.set(name, now);
    await this.s3.send(
      new PutObjectCommand({ Bucket: this.o.bucket, Key: this.marker(name), Body: '', ContentLength: 0 }),
    );
  }

  private async deleteKey(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.o.bucket, Key: key }));
  }

  async remove(name: string): Promise<void> {
    this.touched.delete(name);
    await this.deleteKey(this.key(name));
    await this.deleteKey(this.marker(name));
  }

  async close(): Promise<void> {
    this.s3.destroy();
    await rm(this.spoolDir, { recursive: true, force: true });
  }
}
