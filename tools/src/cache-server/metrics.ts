/**
 * Counters for `GET /metrics`, in the Prometheus text exposition format
 * (version 0.0.4): one HELP and one TYPE line per metric, then its sample.
 */

export class Metrics {
  hits = 0;
  misses = 0;
  /** Entries refused on GET because their bytes no longer matched their sha256. */
  corrupt = 0;
  /** Bytes of upload bodies received, and of entry bodies sent. */
  bytesIn = 0;
  bytesOut = 0;
  stored = 0;
  evictions = 0;
  evictedBytes = 0;
  /** Requests answered with 500. */
  errors = 0;

  /** The exposition text; the gauges come from the ledger at the time of the request. */
  render(g: { entries: number; bytes: number; maxBytes?: number }): string {
    const lines: string[] = [];
    const metric = (name: string, type: 'counter' | 'gauge', help: string, value: number) =>
      lines.push(
        `# HELP ukraft_cache_${name} ${help}`,
        `# TYPE ukraft_cache_${name} ${type}`,
        `ukraft_cache_${name} ${value}`,
      );
    metric('hits_total', 'counter', 'GET requests answered with an entry.', this.hits);
    metric('misses_total', 'counter', 'GET requests for an absent entry.', this.misses);
    metric('corrupt_total', 'counter', 'GET requests refused because the entry failed its sha256 check.', this.corrupt);
    metric('received_bytes_total', 'counter', 'Bytes of upload bodies received.', this.bytesIn);
    metric('sent_bytes_total', 'counter', 'Bytes of entries sent.', this.bytesOut);
    metric('stored_total', 'counter', 'Entries stored.', this.stored);
    metric('evictions_total', 'counter', 'Entries removed to stay under --max-size.', this.evictions);
    metric('evicted_bytes_total', 'counter', 'Bytes removed to stay under --max-size.', this.evictedBytes);
    metric('errors_total', 'counter', 'Requests answered with 500 (see the log).', this.errors);
    metric('entries', 'gauge', 'Entries in the store.', g.entries);
    metric('stored_bytes', 'gauge', 'Bytes of entries in the store.', g.bytes);
    if (g.maxBytes !== undefined) metric('max_bytes', 'gauge', 'The --max-size cap.', g.maxBytes);
    return `${lines.join('\n')}\n`;
  }
}
