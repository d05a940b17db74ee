/**
 * `npm run cache-server -- --dir <folder> [--port 3333] [--host 127.0.0.1]`
 * (or `node tools/bin/ukraft-cache-server.js ...`; port 0 picks a free one)
 * with UKRAFT_CACHE_TOKEN (read/write) and optionally UKRAFT_CACHE_READ_TOKEN
 * in the environment. Point Nx at it with NX_SELF_HOSTED_REMOTE_CACHE_SERVER
 * and NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN (docs/remote-cache.md).
 */
import { startCacheServer } from './server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const token = process.env['UKRAFT_CACHE_TOKEN'];
const dir = arg('dir');
if (!token || !dir) {
  process.stderr.write('usage: UKRAFT_CACHE_TOKEN=<secret> npm run cache-server -- --dir <folder> [--port 3333] [--host 127.0.0.1]\n');
  process.exit(2);
}
startCacheServer({
  dir,
  token,
  readToken: process.env['UKRAFT_CACHE_READ_TOKEN'],
  port: Number(arg('port') ?? 3333),
  host: arg('host') ?? '127.0.0.1',
  log: (l) => process.stdout.write(`${new Date().toISOString()} ${l}\n`),
}).then(
  ({ url }) => process.stdout.write(`ukraft cache server on ${url}, entries in ${dir}\n`),
  (e: Error) => {
    process.stderr.write(`error: ${e.message}\n`);
    process.exit(1);
  },
);
