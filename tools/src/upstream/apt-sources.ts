/**
 * The debian channel's package sources, derived from the machine's own
 * (/etc/apt/sources.list, /etc/apt/sources.list.d/*.list and *.sources):
 * every enabled `deb` entry becomes a `deb-src` entry with the same
 * URIs, suites, components and keys. The result is written only to the
 * channel's private state folder; the system's configuration is read,
 * never changed. UK_UPSTREAM_DEBIAN_SOURCES names a sources file (one-line
 * or deb822) to use instead, e.g. a local mirror.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One deb822 stanza: field name → raw value (continuation lines kept). */
type Stanza = Map<string, string>;

/** Fields of a `deb` entry that a `deb-src` entry does not take. */
const DROPPED = new Set(['types', 'architectures', 'architectures-add', 'architectures-remove', 'enabled']);

export function parseDeb822(text: string): Stanza[] {
  const stanzas: Stanza[] = [];
  let cur: Stanza = new Map();
  let last: string | undefined;
  const flush = () => {
    if (cur.size) stanzas.push(cur);
    cur = new Map();
    last = undefined;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (/^\s/.test(line) && last) {
      cur.set(last, `${cur.get(last)!}\n${line}`);
      continue;
    }
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (m) {
      last = m[1]!;
      cur.set(last, m[2]!.trim());
    }
  }
  flush();
  return stanzas;
}

function get(s: Stanza, field: string): string | undefined {
  for (const [k, v] of s) if (k.toLowerCase() === field) return v;
  return undefined;
}

/** `deb` stanzas of a .sources file as `deb-src` stanzas (text). */
export function debSrcFromDeb822(text: string): string[] {
  const out: string[] = [];
  for (const s of parseDeb822(text)) {
    const types = (get(s, 'types') ?? '').split(/\s+/);
    if (!types.includes('deb') && !types.includes('deb-src')) continue;
    if ((get(s, 'enabled') ?? 'yes').toLowerCase() === 'no') continue;
    const fields = ['Types: deb-src'];
    for (const [k, v] of s) if (!DROPPED.has(k.toLowerCase())) fields.push(`${k}: ${v}`);
    out.push(fields.join('\n'));
  }
  return out;
}

/** One-line `deb [options] uri suite [component...]` entries as `deb-src` stanzas. */
export function debSrcFromOneLine(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^(deb|deb-src)\s+(\[[^\]]*\]\s+)?(\S+)\s+(\S+)(.*)$/.exec(line);
    if (!m) continue;
    const fields = ['Types: deb-src', `URIs: ${m[3]!}`, `Suites: ${m[4]!}`];
    const components = m[5]!.trim();
    if (components) fields.push(`Components: ${components}`);
    for (const opt of (m[2] ?? '').replace(/[[\]]/g, ' ').trim().split(/\s+/).filter(Boolean)) {
      const [k, v] = opt.split('=');
      if (k === 'signed-by' && v) fields.push(`Signed-By: ${v}`);
      if (k === 'trusted' && v) fields.push(`Trusted: ${v}`);
    }
    out.push(fields.join('\n'));
  }
  return out;
}

function fromFile(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.sources') ? debSrcFromDeb822(text) : debSrcFromOneLine(text);
}

/**
 * The deb822 text of the private sources, and where it came from; empty
 * when the machine has no Debian sources at all.
 */
export function derivedSources(
  etcApt = '/etc/apt',
  env: NodeJS.ProcessEnv = process.env,
): { text: string; from: string[] } {
  const own = env['UK_UPSTREAM_DEBIAN_SOURCES'];
  const files: string[] = [];
  if (own) files.push(own);
  else {
    if (existsSync(join(etcApt, 'sources.list'))) files.push(join(etcApt, 'sources.list'));
    const dir = join(etcApt, 'sources.list.d');
    if (existsSync(dir)) {
      // apt reads only these two kinds; anything else (.disabled, .save) is not a source.
      for (const f of readdirSync(dir).sort()) if (/\.(list|sources)$/.test(f)) files.push(join(dir, f));
    }
  }
  const stanzas = files.flatMap((f) => (existsSync(f) ? fromFile(f) : []));
  // One stanza per distinct entry: a machine often has both deb and deb-src lines.
  const unique = [...new Set(stanzas)];
  return { text: unique.length ? `${unique.join('\n\n')}\n` : '', from: files };
}
