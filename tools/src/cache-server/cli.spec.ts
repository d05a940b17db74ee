/** The cache server's command line: each mistake gets a line naming the option (issue 23, item 5). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine, parseSize } from './cli';

const tmp = mkdtempSync(join(tmpdir(), 'ukraft-cache-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const env = { UKRAFT_CACHE_TOKEN: 'a'.repeat(32) };
const parse = (args: string[], e: NodeJS.ProcessEnv = env) => parseCommandLine(args, e);
const refusal = (args: string[], e: NodeJS.ProcessEnv = env): string => {
  try {
    parse(args, e);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`accepted: ${args.join(' ')}`);
};

describe('cache server command line', () => {
  it('an option that needs a value refuses a missing one or one that is an option', () => {
    expect(refusal(['--dir', '--port', '3333'])).toBe('--dir needs a value, got the option "--port"');
    expect(refusal(['--dir'])).toBe('--dir needs a value');
    expect(refusal(['--dir='])).toBe('--dir needs a value');
    expect(refusal(['--dir', tmp, '--port'])).toBe('--port needs a value');
    expect(refusal(['--s3-bucket', 'b', '--s3-prefix', '--s3-path-style'])).toMatch(/^--s3-prefix needs a value/);
  });

  it('--dir naming a regular file says it is not a folder', () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    expect(refusal(['--dir', file])).toBe(`--dir ${file} is not a folder`);
  });

  it('refuses unknown options, stray words, repeats and bad numbers', () => {
    expect(refusal(['--dri', tmp])).toBe('unknown option --dri (see --help)');
    expect(refusal(['--dir', tmp, 'extra'])).toMatch(/^unexpected argument "extra"/);
    expect(refusal(['--dir', tmp, '--dir', tmp])).toBe('--dir is given twice');
    expect(refusal(['--dir', tmp, '--port', 'http'])).toBe('--port must be a whole number');
    expect(refusal(['--dir', tmp, '--port', '70000'])).toBe('--port must be between 0 and 65535');
    expect(refusal(['--dir', tmp, '--max-size', 'lots'])).toBe('--max-size "lots" is not a size such as 512M or 20G');
    expect(refusal(['--dir', tmp, '--idle-timeout', '0'])).toBe('--idle-timeout must be more than 0');
    expect(refusal(['--dir', tmp, '--dry-run=yes'])).toBe('--dry-run takes no value');
  });

  it('needs exactly one place for entries, and S3 options only with a bucket', () => {
    expect(refusal([])).toMatch(/^say where entries live/);
    expect(refusal(['--dir', tmp, '--s3-bucket', 'b'])).toBe('give --dir or --s3-bucket, not both');
    expect(refusal(['--dir', tmp, '--s3-path-style'])).toBe('--s3-path-style needs --s3-bucket');
    expect(refusal(['--s3-bucket', 'b', '--s3-endpoint', 'ftp://x'])).toMatch(/--s3-endpoint must be an http/);
  });

  it('checks the tokens', () => {
    expect(refusal(['--dir', tmp], {})).toMatch(/^set UKRAFT_CACHE_TOKEN/);
    expect(refusal(['--dir', tmp], { UKRAFT_CACHE_TOKEN: 'short' })).toMatch(/too short/);
    expect(refusal(['--dir', tmp], { UKRAFT_CACHE_TOKEN: 'has spaces in it, 32 characters' })).toMatch(/bearer token/);
    expect(refusal(['--dir', tmp], { ...env, UKRAFT_CACHE_READ_TOKEN: env.UKRAFT_CACHE_TOKEN })).toMatch(/must differ/);
  });

  it('--dry-run needs --max-size but no token', () => {
    expect(refusal(['--dir', tmp, '--dry-run'], {})).toMatch(/give --max-size/);
    expect(parse(['--dir', tmp, '--dry-run', '--max-size', '1G'], {})).toMatchObject({
      mode: 'dry-run',
      maxSize: 1024 ** 3,
    });
  });

  it('takes a valid command line, in both option forms', () => {
    const c = parse([
      '--dir',
      tmp,
      '--port=0',
      '--host',
      '::1',
      '--max-size',
      '1.5G',
      '--max-uploads',
      '4',
      '--header-timeout',
      '2.5',
    ]);
    expect(c).toMatchObject({ mode: 'serve', storage: { dir: tmp }, port: 0, host: '::1', maxSize: 1.5 * 1024 ** 3 });
    expect(c).toMatchObject({ maxUploads: 4, headerTimeoutMs: 2500, token: env.UKRAFT_CACHE_TOKEN });
    const s3 = parse([
      '--s3-bucket',
      'cache',
      '--s3-prefix',
      'ukraft/',
      '--s3-endpoint',
      'http://127.0.0.1:9000',
      '--s3-path-style',
    ]);
    expect(s3.storage).toEqual({
      s3: {
        bucket: 'cache',
        prefix: 'ukraft/',
        endpoint: 'http://127.0.0.1:9000',
        pathStyle: true,
        region: undefined,
        spoolParent: undefined,
      },
    });
    expect(parse(['--help'], {}).mode).toBe('help');
  });

  it('reads sizes in powers of 1024', () => {
    expect([parseSize('1000'), parseSize('4K'), parseSize('512M'), parseSize('20GiB'), parseSize('1t')]).toEqual([
      1000,
      4096,
      512 * 1024 ** 2,
      20 * 1024 ** 3,
      1024 ** 4,
    ]);
    expect([parseSize(''), parseSize('-1'), parseSize('1X'), parseSize('1e9')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
