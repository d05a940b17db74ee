/**
 * fetch executor: make one library's upstream tree exist in the upstream
 * cache (docs/upstream.md). Nothing to do when it is there; else the
 * archive is fetched, verified, unpacked and patched. Not cached by Nx:
 * what it makes lives outside the workspace, and checking is a stat.
 */
import { ensureTree } from '../../upstream/fetch';
import type { UpstreamRequest } from '../../upstream/sources';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';

export interface FetchOptions {
  upstream: UpstreamRequest;
}

const SAID: Record<string, string> = {
  cached: 'in the cache',
  unpacked: 'unpacked from the cached archive',
  downloaded: 'downloaded, verified and unpacked',
};

export const fetchUpstream: TaskWork<FetchOptions> = async (opts, root) => {
  const tree = await ensureTree(root, opts.upstream);
  return `${opts.upstream.lib}: upstream ${SAID[tree.action]}: ${tree.dir}\n`;
};

export default singleExecutor(fetchUpstream);
export const batch = batchExecutor(fetchUpstream);
