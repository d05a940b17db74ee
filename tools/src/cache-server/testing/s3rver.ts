/**
 * For tests: a real S3 implementation (s3rver, from npm) in its own process
 * on a loopback port, with one bucket, and the AWS variables that reach it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestS3 {
  endpoint: string;
  bucket: string;
  /** The environment an S3 client (or the cache server) needs to reach it. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const BIN = join(__dirname, '..', '..', '..', '..', 'node_modules', 's3rver', 'bin', 's3rver.js');

export async function startTestS3(bucket = 'ukraft-cache-test'): Promise<TestS3> {
  const dir = mkdtempSync(join(tmpdir(), 'ukraft-s3rver-'));
  const child = spawn(
    process.execPath,
    [BIN, '--directory', dir, '--address', '127.0.0.1', '--port', '0', '--silent', '--configure-bucket', bucket],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`s3rver did not start in 20 s: ${out}`)), 20_000);
    const read = (d: Buffer) => {
      out += d.toString();
      const m = /listening on ([\d.]+):(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://${m[1]}:${m[2]}`);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3rver exited with ${code}: ${out}`));
    });
  });
  return {
    endpoint,
    bucket,
    // s3rver's fixed development credentials.
    env: { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' },
    stop: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill();
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
