/**
 * Making a library's upstream tree exist: from the cache when it is there
 * (no network), else the archive from the cache or a channel (mirror,
 * debian, url, in that order), verified against the pinned sha256 before
 * anything is unpacked, unpacked, patched and published with a rename.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fetchDebianSource, NotInArchive } from './apt';
import { archivePath, cacheRoot, publish, tmpPath, treePath, type Recipe } from './cache';
import { checksumMismatch, fetchFailed, missingSources, patchFailed, unreachable, type LibRef } from './errors';
import { applyPatches, type PatchFile } from './patch';
import { runTool } from './run';
import { missingIn, type UpstreamRequest } from './sources';
import { unpack } from './unpack';
import { ChannelError, downloadUrl } from './url';
import { sha256File, sha256Of } from './verify';

export interface Tree {
  /** Absolute path of the unpacked, patched tree. */
  dir: string;
  /** What this call did: nothing (cached), unpacked a cached archive, or downloaded it. */
  action: 'cached' | 'unpacked' | 'downloaded';
}

interface Channel {
  /** mirror, debian or url */
  kind: string;
  /** The kind and what it fetches from, for messages. */
  name: string;
  get(dest: string): Promise<string>;
}

function channels(req: UpstreamRequest, root: string): Channel[] {
  const out: Channel[] = [];
  const mirror = process.env['UK_UPSTREAM_MIRROR'];
  if (mirror) {
    const url = `${mirror.replace(/\/+$/, '')}/${req.spec.sha256}`;
    out.push({
      kind: 'mirror',
      name: `mirror (UK_UPSTREAM_MIRROR: ${url})`,
      get: async (d) => (await downloadUrl(url, d), d),
    });
  }
  const deb = req.spec.debian;
  if (deb) {
    out.push({
      kind: 'debian',
      name: `debian (source package ${deb.package}=${deb.version})`,
      get: async (d) => {
        mkdirSync(d);
        return fetchDebianSource(root, deb, d);
      },
    });
  }
  const url = req.spec.url;
  if (url) out.push({ kind: 'url', name: `url (${url})`, get: async (d) => (await downloadUrl(url, d), d) });
  return out;
}

/** Get the verified archive into the cache; returns how. */
async function obtainArchive(ref: LibRef, req: UpstreamRequest, root: string): Promise<'cached' | 'downloaded'> {
  const final = archivePath(root, req.spec.sha256);
  if (existsSync(final)) {
    if ((await sha256File(final)) === req.spec.sha256) return 'cached';
    rmSync(final, { force: true }); // damaged copy: fetch it again
  }
  const tried: { kind: string; detail: string }[] = [];
  for (const ch of channels(req, root)) {
    const tmp = tmpPath(root, 'download');
    try {
      const file = await ch.get(tmp);
      const sum = await sha256File(file);
      if (sum !== req.spec.sha256) throw checksumMismatch(ref, `the ${ch.name} channel`, req.spec.sha256, sum);
      publish(file, final);
      return 'downloaded';
    } catch (e) {
      if (e instanceof ChannelError || e instanceof NotInArchive) {
        tried.push({ kind: ch.kind, detail: `${ch.name}: ${e.message}` });
        continue;
      }
      throw e;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const kinds = tried.map((t) => t.kind);
  const channel = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)!}` : kinds[0]!;
  throw unreachable(ref, channel, tried.map((t) => t.detail).join('; '), root);
}

function readOnly(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) readOnly(p);
    else if (e.isFile()) chmodSync(p, statSync(p).mode & 0o555);
  }
}

/** The tree of `req`, fetched, verified, unpacked and patched if the cache does not have it yet. */
export async function ensureTree(wsRoot: string, req: UpstreamRequest): Promise<Tree> {
  const ref: LibRef = { name: req.lib, file: req.file };
  const root = cacheRoot();
  const patches: PatchFile[] = req.spec.patches.map((p) => ({
    name: join(req.root, p),
    path: resolve(wsRoot, req.root, p),
  }));
  for (const p of patches) {
    if (!existsSync(p.path)) throw fetchFailed(ref, `patch file ${p.name} (upstream.patches) does not exist`);
  }
  const generate = req.spec.generate
    ? { name: join(req.root, req.spec.generate), path: resolve(wsRoot, req.root, req.spec.generate) }
    : undefined;
  if (generate && !existsSync(generate.path))
    throw fetchFailed(ref, `generate script ${generate.name} (upstream.generate) does not exist`);
  const recipe: Recipe = {
    sha256: req.spec.sha256,
    strip: req.spec.strip,
    patches: patches.map((p) => sha256Of(p.path)),
    ...(generate ? { generate: sha256Of(generate.path) } : {}),
  };
  const dir = treePath(root, recipe);
  let action: Tree['action'] = 'cached';
  if (!existsSync(dir)) {
    const got = await obtainArchive(ref, req, root);
    action = got === 'downloaded' ? 'downloaded' : 'unpacked';
    const archive = archivePath(root, req.spec.sha256);
    // Verified again right before unpacking: the copy in the cache is what gets unpacked.
    const sum = await sha256File(archive);
    if (sum !== req.spec.sha256) throw checksumMismatch(ref, archive, req.spec.sha256, sum);
    const tmp = tmpPath(root, 'tree');
    try {
      try {
        await unpack(archive, tmp, req.spec.strip);
      } catch (e) {
        throw fetchFailed(ref, `cannot unpack its upstream archive ${archive}: ${(e as Error).message}`);
      }
      const { failed } = await applyPatches(tmp, patches);
      if (failed) throw patchFailed(ref, failed.patch, failed.why);
      if (generate) {
        const r = await runTool('bash', [generate.path], tmp);
        if (r.code !== 0) {
          const tail = (r.stderr || r.stdout).trim().split('\n').slice(-15).join('\n');
          throw fetchFailed(ref, `its generate script ${generate.name} failed (exit ${r.code}):\n${tail}`);
        }
      }
      readOnly(tmp);
      publish(tmp, dir);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const missing = missingIn(dir, req.sources);
  if (missing.length) throw missingSources(ref, missing, dir);
  return { dir, action };
}
