/**
 * The cache server's command line and environment, checked with zod. Every
 * mistake is refused with a line that names the option: an option that
 * needs a value refuses a missing one or one that starts with `--` (so
 * `--dir --port 3333` never makes a folder called `--port`), and `--dir`
 * naming something that is not a folder says so.
 */
import { statSync } from 'node:fs';
import { z } from 'zod';
import type { StoreConfig } from './server';

export const USAGE = `usage: UKRAFT_CACHE_TOKEN=<secret> [UKRAFT_CACHE_READ_TOKEN=<secret>] \\
  ukraft-cache-server (--dir <folder> | --s3-bucket <name> [s3 options]) [options]

storage (one of):
  --dir <folder>            keep entries in this folder (created if missing)
  --s3-bucket <name>        keep entries in this bucket of an S3-compatible store
    --s3-prefix <text>      put before every key (e.g. ukraft/)
    --s3-endpoint <url>     the store's URL (not needed for AWS itself)
    --s3-region <name>      default: AWS_REGION, else us-east-1
    --s3-path-style         bucket in the URL path (most self-run stores need it)
    --spool-dir <folder>    temporary files (default: the system's temporary folder)
  credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_PROFILE

options:
  --host <address>          listen address (default 127.0.0.1)
  --port <n>                listen port (default 3333; 0 picks a free one)
  --max-size <size>         cap on stored bytes, e.g. 20G; least recently read entries go first
  --dry-run                 with --max-size: print what eviction would remove now, and exit
  --max-entry-size <size>   largest upload accepted (default 2G)
  --max-uploads <n>         uploads received at once (default 16); more wait up to 30 s
  --header-timeout <s>      time for a client to send its headers (default 20)
  --idle-timeout <s>        close a connection idle this long (default 30)
  --upload-timeout <s>      time for a whole upload (default 600)
  --help                    this text
sizes: a number of bytes, or with K, M, G or T (powers of 1024), e.g. 512M or 1.5G
`;

/** A mistake on the command line or in the environment; main prints it with the usage hint. */
export class UsageError extends Error {}

const VALUED = [
  'dir',
  'host',
  'port',
  'max-size',
  'max-entry-size',
  'max-uploads',
  'header-timeout',
  'idle-timeout',
  'upload-timeout',
  's3-bucket',
  's3-prefix',
  's3-endpoint',
  's3-region',
  'spool-dir',
] as const;
const FLAGS = ['s3-path-style', 'dry-run', 'help'] as const;

/** `--name value`, `--name=value` and `--flag` into a record; nothing else is accepted. */
export function tokenize(argv: readonly string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
    if (!m) throw new UsageError(`unexpected argument ${JSON.stringify(arg)}: options start with --`);
    const name = m[1]!;
    if (name in out) throw new UsageError(`--${name} is given twice`);
    if ((FLAGS as readonly string[]).includes(name)) {
      if (m[2] !== undefined) throw new UsageError(`--${name} takes no value`);
      out[name] = true;
    } else if ((VALUED as readonly string[]).includes(name)) {
      const value = m[2] ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      if (value.startsWith('--'))
        throw new UsageError(`--${name} needs a value, got the option ${JSON.stringify(value)}`);
      out[name] = value;
    } else throw new UsageError(`unknown option --${name} (see --help)`);
  }
  return out;
}

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** `512M`, `1.5G`, `20GiB`, `1000` into bytes; undefined if it is not a size. */
export function parseSize(text: string): number | undefined {
  const m = /^([0-9]+(?:\.[0-9]+)?) ?([KMGT]?)(?:i?B)?$/i.exec(text.trim());
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * UNITS[m[2]!.toUpperCase()]!);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

const size = (what: string) =>
  z.string().transform((s, ctx) => {
    const n = parseSize(s);
    if (n === undefined || n <= 0) {
      ctx.addIssue({ code: 'custom', message: `${what} ${JSON.stringify(s)} is not a size such as 512M or 20G` });
      return z.NEVER;
    }
    return n;
  });
const int = (what: string, min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]+$/, `${what} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${what} must be between ${min} and ${max}`);
const seconds = (what: string) =>
  z
    .string()
    .regex(/^[0-9]+(\.[0-9]+)?$/, `${what} must be a number of seconds`)
    .transform((s) => Math.round(Number(s) * 1000))
    .refine((ms) => ms > 0, `${what} must be more than 0`);

const Options = z.object({
  dir: z.string().optional(),
  host: z.string().default('127.0.0.1'),
  port: int('--port', 0, 65535).default(3333),
  'max-size': size('--max-size').optional(),
  'max-entry-size': size('--max-entry-size').optional(),
  'max-uploads': int('--max-uploads', 1, 10_000).optional(),
  'header-timeout': seconds('--header-timeout').optional(),
  'idle-timeout': seconds('--idle-timeout').optional(),
  'upload-timeout': seconds('--upload-timeout').optional(),
  's3-bucket': z.string().optional(),
  's3-prefix': z.string().optional(),
  's3-endpoint': z.url({ protocol: /^https?$/, error: '--s3-endpoint must be an http:// or https:// URL' }).optional(),
  's3-region': z.string().optional(),
  'spool-dir': z.string().optional(),
  's3-path-style': z.literal(true).optional(),
  'dry-run': z.literal(true).optional(),
  help: z.literal(true).optional(),
});

// RFC 6750 §2.1: what a bearer token may contain, so Nx's header carries it unchanged.
const TOKEN = /^[A-Za-z0-9._~+/-]+=*$/;
const token = (name: string) =>
  z
    .string()
    .regex(TOKEN, `${name} may hold only letters, digits and - . _ ~ + / (a bearer token)`)
    .min(16, `${name} is too short: use at least 16 characters (e.g. openssl rand -hex 32)`);
const Env = z.object({
  UKRAFT_CACHE_TOKEN: token('UKRAFT_CACHE_TOKEN').optional(),
  UKRAFT_CACHE_READ_TOKEN: token('UKRAFT_CACHE_READ_TOKEN').optional(),
});

export interface Config {
  mode: 'serve' | 'dry-run' | 'help';
  storage: StoreConfig;
  host: string;
  port: number;
  token: string;
  readToken?: string;
  maxSize?: number;
  maxEntryBytes?: number;
  maxUploads?: number;
  headerTimeoutMs?: number;
  idleTimeoutMs?: number;
  uploadTimeoutMs?: number;
}

function check<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new UsageError(r.error.issues.map((i) => i.message).join('\n'));
}

/** The configuration a command line and environment ask for, or a UsageError saying what is wrong. */
export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): Config {
  const o = check(Options, tokenize(argv));
  const none: Config = { mode: 'help', storage: { dir: '' }, host: '', port: 0, token: '' };
  if (o.help) return none;
  const s3Only = (['s3-prefix', 's3-endpoint', 's3-region', 's3-path-style', 'spool-dir'] as const).filter(
    (k) => o[k] !== undefined,
  );
  if (o.dir !== undefined && o['s3-bucket'] !== undefined) throw new UsageError('give --dir or --s3-bucket, not both');
  if (o.dir === undefined && o['s3-bucket'] === undefined)
    throw new UsageError('say where entries live: --dir <folder> or --s3-bucket <name>');
  if (o['s3-bucket'] === undefined && s3Only.length) throw new UsageError(`--${s3Only[0]} needs --s3-bucket`);
  let storage: StoreConfig;
  if (o.dir !== undefined) {
    checkFolder('--dir', o.dir, true);
    storage = { dir: o.dir };
  } else {
    if (o['spool-dir'] !== undefined) checkFolder('--spool-dir', o['spool-dir'], false);
    storage = {
      s3: {
        bucket: o['s3-bucket']!,
        prefix: o['s3-prefix'],
        endpoint: o['s3-endpoint'],
        region: o['s3-region'],
        pathStyle: o['s3-path-style'],
        spoolParent: o['spool-dir'],
      },
    };
  }
  const e = check(Env, env);
  const mode = o['dry-run'] ? 'dry-run' : 'serve';
  if (mode === 'dry-run' && o['max-size'] === undefined)
    throw new UsageError('--dry-run reports what --max-size would evict: give --max-size');
  if (mode === 'serve' && !e.UKRAFT_CACHE_TOKEN)
    throw new UsageError('set UKRAFT_CACHE_TOKEN, the read-write token (e.g. openssl rand -hex 32)');
  if (e.UKRAFT_CACHE_READ_TOKEN !== undefined && e.UKRAFT_CACHE_READ_TOKEN === e.UKRAFT_CACHE_TOKEN)
    throw new UsageError('UKRAFT_CACHE_READ_TOKEN must differ from UKRAFT_CACHE_TOKEN');
  return {
    mode,
    storage,
    host: o.host,
    port: o.port,
    token: e.UKRAFT_CACHE_TOKEN ?? '',
    readToken: e.UKRAFT_CACHE_READ_TOKEN,
    maxSize: o['max-size'],
    maxEntryBytes: o['max-entry-size'],
    maxUploads: o['max-uploads'],
    headerTimeoutMs: o['header-timeout'],
    idleTimeoutMs: o['idle-timeout'],
    uploadTimeoutMs: o['upload-timeout'],
  };
}

/** A path that must be a folder if it exists (and, unless mayCreate, must exist). */
function checkFolder(option: string, path: string, mayCreate: boolean): void {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && mayCreate) return;
    throw new UsageError(
      `${option} ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}`,
    );
  }
  if (!isDir) throw new UsageError(`${option} ${path} is not a folder`);
}
