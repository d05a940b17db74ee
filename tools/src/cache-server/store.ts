/**
 * The one interface both storage backends (store-fs.ts, store-s3.ts) offer
 * the HTTP layer. Entries never change once stored; each records the sha256
 * of its bytes, checked before any byte of it is served.
 */
import type { Readable } from 'node:stream';

/** What eviction needs to know of an entry. */
export interface EntryInfo {
  name: string;
  size: number;
  /** Last GET that served it, or when it was stored if never read (ms since the epoch). */
  lastRead: number;
}

/** An upload received whole into a temporary file (spool.ts). */
export interface Spooled {
  file: string;
  size: number;
  sha256: string;
}

/** An entry opened for reading, already checked against its sha256. */
export interface OpenEntry {
  size: number;
  /** The bytes; the stream holds its own open file, so removing the entry does not cut it short. */
  stream(): Readable;
  /** Release the open file (safe to call more than once). */
  close(): Promise<void>;
}

export interface Store {
  /** For the start-up line: where entries live. */
  readonly description: string;
  /** Folder for the temporary files of uploads in progress. */
  readonly spoolDir: string;
  /** Every stored entry. */
  list(): Promise<EntryInfo[]>;
  has(name: string): Promise<boolean>;
  /** The entry; undefined when absent; 'corrupt' when it failed its check (logged, and removed). */
  open(name: string): Promise<OpenEntry | 'corrupt' | undefined>;
  /** Store a spooled upload under name (the spool file is consumed); false if the entry exists. */
  commit(name: string, upload: Spooled): Promise<boolean>;
  /** Record that name was read now. */
  touch(name: string): Promise<void>;
  remove(name: string): Promise<void>;
  /** Drop temporary files and connections. */
  close(): Promise<void>;
}
