/**
 * The local-folder backend (the default). In the folder:
 *   <hash>        the entry's bytes, as Nx uploaded them
 *   <hash>.json   {"sha256", "size"}; its modification time is the entry's last read
 *   .incoming/    uploads in progress (emptied at start and at shutdown)
 * A commit writes the record first and links the bytes last, so a reader
 * sees either no entry or a whole one; link() also refuses to replace an
 * entry that appeared meanwhile.
 */
import { mkdirSync } from 'node:fs';
import { link, open, readdir, readFile, rename, rm, stat, utimes, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isEntryName } from './names';
import { sha256Of, tempName } from './spool';
import type { EntryInfo, OpenEntry, Spooled, Store } from './store';

const Record = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() });
type Record = z.infer<typeof Record>;

const isMissing = (e: unknown): boolean => (e as NodeJS.ErrnoException).code === 'ENOENT';

export class FolderStore implements Store {
  readonly description: string;
  readonly spoolDir: string;

  private constructor(
    private readonly dir: string,
    private readonly log: (line: string) => void,
  ) {
    this.description = `folder ${dir}`;
    this.spoolDir = join(dir, '.incoming');
  }

  /** Open (creating if needed) the folder; leftovers of a killed run are removed. */
  static async create(dir: string, log: (line: string) => void): Promise<FolderStore> {
    mkdirSync(dir, { recursive: true });
    const store = new FolderStore(dir, log);
    await store.clearSpool();
    mkdirSync(store.spoolDir, { recursive: true });
    return store;
  }

  private data(name: string): string {
    return join(this.dir, name);
  }
  private record(name: string): string {
    return join(this.dir, `${name}.json`);
  }

  private async clearSpool(): Promise<void> {
    const left = await readdir(this.spoolDir).catch(() => [] as string[]);
    if (left.length) this.log(`removing ${left.length} unfinished upload(s) left in ${this.spoolDir}`);
    await rm(this.spoolDir, { recursive: true, force: true });
  }

  async list(): Promise<EntryInfo[]> {
    const files = new Set(await readdir(this.dir));
    const out: EntryInfo[] = [];
    for (const f of files) {
      if (f.endsWith('.json') && isEntryName(f.slice(0, -5)) && !files.has(f.slice(0, -5))) {
        await rm(join(this.dir, f), { force: true }); // a record whose bytes never landed
        continue;
      }
      if (!isEntryName(f)) continue;
      try {
        const st = await stat(this.data(f));
        if (!st.isFile()) continue;
        if (!files.has(`${f}.json`)) await this.adopt(f);
        out.push({ name: f, size: st.size, lastRead: (await stat(this.record(f))).mtimeMs });
      } catch (e) {
        if (!isMissing(e)) throw e;
      }
    }
    return out;
  }

  /** An entry stored before records existed: trust it once and record its checksum. */
  private async adopt(name: string): Promise<void> {
    const fh = await open(this.data(name), 'r');
    try {
      const rec: Record = { sha256: await sha256Of(fh), size: (await fh.stat()).size };
      await this.writeRecord(name, rec);
      this.log(`recorded the checksum of entry ${name}, stored without one`);
    } finally {
      await fh.close();
    }
  }

  private async writeRecord(name: string, rec: Record): Promise<void> {
    const tmp = tempName(this.spoolDir);
    await writeFile(tmp, JSON.stringify(rec));
    await rename(tmp, this.record(name));
  }

  async has(name: string): Promise<boolean> {
    return stat(this.data(name)).then(
      () => true,
      (e) => (isMissing(e) ? false : Promise.reject(e)),
    );
  }

  async open(name: string): Promise<OpenEntry | 'corrupt' | undefined> {
    let fh: FileHandle;
    try {
      fh = await open(this.data(name), 'r');
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
    let size: number;
    try {
      const st = await fh.stat();
      if (!st.isFile()) throw new Error(`${this.data(name)} is not a regular file`);
      size = st.size;
      const bad = await this.check(name, fh, size);
      if (bad) {
        this.log(`GET ${name} refused: ${bad}; entry removed`);
        await fh.close();
        await this.remove(name);
        return 'corrupt';
      }
    } catch (e) {
      await fh.close();
      throw e;
    }
    const handle = fh;
    return {
      size,
      stream: () => handle.createReadStream({ start: 0 }),
      close: () => handle.close().catch(() => {}),
    };
  }

  /** What is wrong with the entry's bytes, or undefined if they match their record. */
  private async check(name: string, fh: FileHandle, size: number): Promise<string | undefined> {
    let rec: Record;
    try {
      rec = Record.parse(JSON.parse(await readFile(this.record(name), 'utf8')));
    } catch (e) {
      return isMissing(e) ? 'no checksum recorded' : `unreadable record ${this.record(name)}`;
    }
    if (rec.size !== size) return `size ${size} on disk, ${rec.size} recorded`;
    const sum = await sha256Of(fh);
    return sum === rec.sha256 ? undefined : `sha256 ${sum} on disk, ${rec.sha256} recorded`;
  }

  async commit(name: string, up: Spooled): Promise<boolean> {
    try {
      if (await this.has(name)) return false;
      await this.writeRecord(name, { sha256: up.sha256, size: up.size });
      try {
        await link(up.file, this.data(name));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw e;
      }
      return true;
    } finally {
      await rm(up.file, { force: true });
    }
  }

  async touch(name: string): Promise<void> {
    const now = new Date();
    await utimes(this.record(name), now, now).catch((e) => (isMissing(e) ? undefined : Promise.reject(e)));
  }

  async remove(name: string): Promise<void> {
    await rm(this.data(name), { force: true });
    await rm(this.record(name), { force: true });
  }

  async close(): Promise<void> {
    await rm(this.spoolDir, { recursive: true, force: true });
  }
}
