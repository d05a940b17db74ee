/**
 * Bounded storage: the server's own account of what the store holds, and
 * least-recently-read eviction under --max-size. Room for an upload is
 * reserved before its body is received, so stored bytes plus uploads in
 * progress never exceed the cap. An evicted entry that is being read keeps
 * being served: readers hold their own open file (store.ts).
 */
import type { Metrics } from './metrics';
import type { EntryInfo, Store } from './store';

/** Entries to remove, least recently read first, so that the rest plus `extra` bytes fit in max. */
export function plan(entries: readonly EntryInfo[], max: number, extra = 0): EntryInfo[] {
  let total = entries.reduce((n, e) => n + e.size, 0) + extra;
  const victims: EntryInfo[] = [];
  const order = [...entries].sort((a, b) => a.lastRead - b.lastRead || a.name.localeCompare(b.name));
  for (const e of order) {
    if (total <= max) break;
    victims.push(e);
    total -= e.size;
  }
  return victims;
}

/** The dry-run report: what eviction would remove now, one line per entry. */
export function report(entries: readonly EntryInfo[], max: number): string {
  const total = entries.reduce((n, e) => n + e.size, 0);
  const victims = plan(entries, max);
  const gone = victims.reduce((n, e) => n + e.size, 0);
  const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
  const lines = [
    `${count(entries.length)}, ${total} bytes; --max-size ${max} bytes`,
    victims.length
      ? `would evict ${count(victims.length)} (${gone} bytes), least recently read first, leaving ${total - gone} bytes:`
      : 'nothing to evict',
    ...victims.map((e) => `  ${e.name}  ${e.size} bytes  last read ${new Date(e.lastRead).toISOString()}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Refused: the cap is taken by uploads still in progress. */
export class NoRoom extends Error {}

export class Ledger {
  private readonly entries = new Map<string, EntryInfo>();
  private reserved = 0;
  private stored = 0;

  constructor(
    private readonly store: Store,
    readonly maxBytes: number | undefined,
    private readonly metrics: Metrics,
    private readonly log: (line: string) => void,
  ) {}

  /** Take the store's listing, and evict at once if it is over the cap (e.g. after lowering it). */
  async load(): Promise<void> {
    for (const e of await this.store.list()) this.add(e);
    if (this.maxBytes !== undefined) await this.evict(plan([...this.entries.values()], this.maxBytes));
  }

  get count(): number {
    return this.entries.size;
  }
  get bytes(): number {
    return this.stored;
  }

  private add(e: EntryInfo): void {
    this.drop(e.name);
    this.entries.set(e.name, e);
    this.stored += e.size;
  }
  private drop(name: string): void {
    const e = this.entries.get(name);
    if (!e) return;
    this.entries.delete(name);
    this.stored -= e.size;
  }

  /** A GET served name (size bytes): it becomes the most recently read. */
  read(name: string, size: number): void {
    this.add({ name, size, lastRead: Date.now() });
  }
  /** An upload became an entry. */
  added(name: string, size: number): void {
    this.add({ name, size, lastRead: Date.now() });
  }
  /** The entry is gone (e.g. removed after failing its check). */
  removed(name: string): void {
    this.drop(name);
  }

  /**
   * Room for an upload of `size` bytes, evicting as needed; call the result
   * once the upload is stored (after `added`) or abandoned.
   */
  async reserve(size: number): Promise<() => void> {
    if (this.maxBytes !== undefined) {
      const room = this.maxBytes - this.reserved;
      const victims = plan([...this.entries.values()], room, size);
      if (this.stored - victims.reduce((n, e) => n + e.size, 0) + size > room)
        throw new NoRoom(`uploads in progress fill --max-size ${this.maxBytes}`);
      // Taken off the books now, so that a concurrent reservation does not count them again.
      for (const v of victims) this.drop(v.name);
      this.reserved += size;
      await this.evict(victims);
    }
    let held = this.maxBytes !== undefined;
    return () => {
      if (held) this.reserved -= size;
      held = false;
    };
  }

  private async evict(victims: readonly EntryInfo[]): Promise<void> {
    for (const v of victims) {
      this.drop(v.name);
      try {
        await this.store.remove(v.name);
        this.metrics.evictions++;
        this.metrics.evictedBytes += v.size;
        this.log(`evicted ${v.name} (${v.size} bytes, last read ${new Date(v.lastRead).toISOString()})`);
      } catch (e) {
        this.log(`cannot evict ${v.name}: ${(e as Error).message}`);
      }
    }
  }
}
