/**
 * The initrd an app declares (`initrd.files` in uk.app.ts) as a cpio
 * "newc" archive, the format the initrd library unpacks at boot:
 * byte-for-byte reproducible (members sorted, parent directories added,
 * mtime 0, inode numbers in order).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UkError } from '../util/errors';

/** One member: its name (no leading '/'), st_mode bits and contents. */
export interface CpioMember {
  name: string;
  mode: number;
  data: Buffer;
}

function header(m: CpioMember, ino: number): Buffer {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(8, '0');
  const fields = [ino, m.mode, 0, 0, 1, 0, m.data.length, 0, 0, 0, 0, Buffer.byteLength(m.name) + 1, 0];
  return Buffer.from('070701' + fields.map(hex).join(''), 'ascii');
}

function pad(n: number): Buffer {
  return Buffer.alloc((4 - (n % 4)) % 4);
}

/** The archive bytes of members, in the order given, then the trailer. */
export function cpioArchive(members: CpioMember[]): Buffer {
  const parts: Buffer[] = [];
  let len = 0;
  const push = (b: Buffer) => {
    parts.push(b);
    len += b.length;
  };
  [...members, { name: 'TRAILER!!!', mode: 0, data: Buffer.alloc(0) }].forEach((m, i) => {
    push(header(m, i + 1));
    push(Buffer.from(m.name + '\0'));
    push(pad(len));
    push(m.data);
    push(pad(len));
  });
  return Buffer.concat(parts);
}

/**
 * The archive of files (guest path → host path relative to cwd): each
 * file with its host permission bits, every directory above it (0755).
 */
export function initrdArchive(cwd: string, files: Record<string, string>): Buffer {
  const members = new Map<string, CpioMember>();
  for (const [guest, host] of Object.entries(files)) {
    const name = guest.replace(/^\/+/, '');
    const src = join(cwd, host);
    let st;
    try {
      st = statSync(src);
    } catch {
      throw new UkError(`initrd: '${guest}' comes from ${host}, which does not exist`);
    }
    if (!st.isFile()) throw new UkError(`initrd: '${guest}' comes from ${host}, which is not a regular file`);
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!members.has(dir)) members.set(dir, { name: dir, mode: 0o40755, data: Buffer.alloc(0) });
    }
    members.set(name, { name, mode: 0o100000 | (st.mode & 0o7777), data: readFileSync(src) });
  }
  return cpioArchive([...members.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
}
