/**
 * For tests: the two storage backends, each with a way to see leftover
 * temporary files and to damage a stored entry behind the server's back.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { StoreConfig } from '../server';
import { startTestS3, type TestS3 } from './s3rver';

export interface Backend {
  storage: StoreConfig;
  /** Temporary files the server left (uploads in progress count while they are in progress). */
  leftovers(): string[];
  /** Replace the stored bytes of an entry with others of the same length, keeping its record. */
  corrupt(name: string): Promise<void>;
  /** The stored bytes of an entry, read behind the server's back (undefined if absent). */
  peek(name: string): Promise<Buffer | undefined>;
  dispose(): Promise<void>;
}

/** Every file under dir, recursively. */
function files(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

export function folderBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'ukraft-cache-folder-'));
  return {
    storage: { dir },
    leftovers: () => [...files(join(dir, '.incoming')), ...files(dir).filter((f) => f.endsWith('.tmp'))],
    corrupt: async (name) => {
      const size = statSync(join(dir, name)).size;
      writeFileSync(join(dir, name), Buffer.alloc(size, 0x5a));
    },
    peek: async (name) => {
      try {
        return readFileSync(join(dir, name));
      } catch {
        return undefined;
      }
    },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The S3 backend against a fresh s3rver; sets the AWS variables in this process. */
export async function s3Backend(prefix = 'team/'): Promise<Backend> {
  const s3: TestS3 = await startTestS3();
  Object.assign(process.env, s3.env);
  const spool = mkdtempSync(join(tmpdir(), 'ukraft-cache-spool-parent-'));
  const client = new S3Client({
    endpoint: s3.endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = s3.bucket;
  return {
    storage: { s3: { bucket: Bucket, prefix, endpoint: s3.endpoint, pathStyle: true, spoolParent: spool } },
    leftovers: () => files(spool),
    corrupt: async (name) => {
      const head = await client.send(new HeadObjectCommand({ Bucket, Key: prefix + name }));
      const body = Buffer.alloc(head.ContentLength ?? 0, 0x5a);
      await client.send(new PutObjectCommand({ Bucket, Key: prefix + name, Body: body, Metadata: head.Metadata }));
    },
    peek: async (name) => {
      try {
        const got = await client.send(new GetObjectCommand({ Bucket, Key: prefix + name }));
        return Buffer.from(await got.Body!.transformToByteArray());
      } catch {
        return undefined;
      }
    },
    dispose: async () => {
      client.destroy();
      await s3.stop();
      rmSync(spool, { recursive: true, force: true });
    },
  };
}

export const BACKENDS = [
  ['folder', async () => folderBackend()],
  ['s3', () => s3Backend()],
] as const;
