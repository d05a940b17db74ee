/**
 * `npm run cache-server -- --dir <folder> [options]` (or
 * `node tools/bin/ukraft-cache-server.js ...`); see cli.ts for the options
 * and docs/remote-cache.md for running it for a team. SIGTERM or SIGINT
 * shuts it down cleanly: in-flight requests get a moment to finish, then
 * are dropped, and no temporary file is left.
 */
import { report } from './evict';
import { openStore, startCacheServer } from './server';
import { parseCommandLine, USAGE, UsageError, type Config } from './cli';

const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);

async function dryRun(c: Config): Promise<void> {
  const store = await openStore(c.storage, log);
  try {
    process.stdout.write(report(await store.list(), c.maxSize!));
  } finally {
    await store.close();
  }
}

async function serve(c: Config): Promise<void> {
  const s = await startCacheServer({ ...c, log });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: finishing requests in flight, then exiting`);
    s.close().then(
      () => process.exit(0),
      (e: Error) => {
        log(`shutdown: ${e.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // Only now the line that says it is up: a SIGTERM sent on seeing it is a clean shutdown.
  process.stdout.write(
    `ukraft cache server on ${s.url}, entries in ${s.store.description}` +
      `${c.maxSize ? `, at most ${c.maxSize} bytes (${s.ledger.bytes} stored)` : ''}` +
      `${c.readToken ? '; the read-only token may not upload' : ''}\n`,
  );
}

async function main(): Promise<void> {
  let c: Config;
  try {
    c = parseCommandLine(process.argv.slice(2), process.env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`error: ${e.message}\n(ukraft-cache-server --help lists the options)\n`);
    process.exit(2);
  }
  if (c.mode === 'help') return void process.stdout.write(USAGE);
  await (c.mode === 'dry-run' ? dryRun(c) : serve(c));
}

main().catch((e: Error) => {
  process.stderr.write(`error: ${e.message}\n`);
  process.exit(1);
});
