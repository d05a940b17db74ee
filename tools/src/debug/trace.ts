/**
 * The host decoder of uktrace dumps (libs/uktrace/include/uk/trace.h):
 * the lines between "uktrace: begin" and "uktrace: end" in a boot's
 * output become events, then text and a Chrome trace-event JSON file
 * (the JSON Object Format: Perfetto and chrome://tracing open it).
 *
 * In the JSON, every event is an instant event ("ph": "i") on the
 * thread that ran when it was recorded; each sched_switch also closes
 * the running slice ("ph": "X") of the thread it switches away from, so
 * the timeline shows which uksched thread ran when. Threads are the
 * uk_thread addresses the switches name (tid = order of appearance).
 */

/** One decoded event. */
export interface TraceEvent {
  /** Monotonic time in ns. */
  ns: bigint;
  name: string;
  /** Argument name → value, in recorded order. */
  args: [string, bigint][];
}

const BEGIN = /^uktrace: begin (\d+) event\(s\), (\d+) recorded$/;
const EVENT = /^uktrace: (\d+) (\w+)((?: [^ =]+=0x[0-9a-f]+)*)$/;

/** Every complete dump in the output (a crash after an on-demand dump prints two), oldest first. */
export function parseTraces(output: string): TraceEvent[][] {
  const lines = output.split(/\r?\n/).map((l) => l.replace(/\r/g, '').replace(/^\(d\d+\) ?/, ''));
  const dumps: TraceEvent[][] = [];
  let cur: TraceEvent[] | undefined;
  for (const l of lines) {
    if (BEGIN.test(l)) cur = [];
    else if (l === 'uktrace: end' && cur) {
      dumps.push(cur);
      cur = undefined;
    } else if (cur) {
      const m = EVENT.exec(l);
      if (!m) {
        cur = undefined; // a line broken by other output: this dump is not whole
        continue;
      }
      const args = [...m[3]!.matchAll(/ ([^ =]+)=0x([0-9a-f]+)/g)].map(
        (a) => [a[1]!, BigInt(`0x${a[2]}`)] as [string, bigint],
      );
      cur.push({ ns: BigInt(m[1]!), name: m[2]!, args });
    }
  }
  return dumps;
}

/** Text, one event a line: microseconds since the first event, the name, the arguments. */
export function traceText(events: readonly TraceEvent[]): string {
  const t0 = events[0]?.ns ?? 0n;
  return events
    .map((e) => {
      const us = (Number(e.ns - t0) / 1000).toFixed(3).padStart(12);
      const args = e.args.map(([k, v]) => ` ${k}=0x${v.toString(16)}`).join('');
      return `${us} us  ${e.name}${args}`;
    })
    .join('\n');
}

/** One entry of the trace-event format's traceEvents array. */
export interface ChromeEvent {
  name: string;
  ph: 'i' | 'X' | 'M';
  ts: number;
  pid: number;
  tid: number;
  s?: 't';
  dur?: number;
  cat?: string;
  args?: Record<string, string | number>;
}

const hex = (v: bigint) => `0x${v.toString(16)}`;

/** The Chrome trace-event JSON object for the events. */
export function chromeTrace(
  events: readonly TraceEvent[],
  process = 'ukraft',
): {
  traceEvents: ChromeEvent[];
  displayTimeUnit: 'ns';
} {
  const t0 = events[0]?.ns ?? 0n;
  const us = (ns: bigint) => Number(ns - t0) / 1000;
  const tids = new Map<bigint, number>();
  const tidOf = (thread: bigint) => {
    if (!tids.has(thread)) tids.set(thread, tids.size + 1);
    return tids.get(thread)!;
  };
  const out: ChromeEvent[] = [{ name: 'process_name', ph: 'M', ts: 0, pid: 1, tid: 0, args: { name: process } }];
  // Who runs before the first switch: its prev.
  const first = events.find((e) => e.name === 'sched_switch');
  let running = first ? tidOf(first.args.find(([k]) => k === 'prev')?.[1] ?? 0n) : 1;
  let since = events[0]?.ns ?? 0n;
  for (const e of events) {
    const args = Object.fromEntries(e.args.map(([k, v]) => [k, hex(v)]));
    out.push({ name: e.name, ph: 'i', s: 't', ts: us(e.ns), pid: 1, tid: running, cat: 'uktrace', args });
    if (e.name === 'sched_switch') {
      const next = e.args.find(([k]) => k === 'next')?.[1];
      if (next === undefined) continue;
      out.push({
        name: 'running',
        ph: 'X',
        ts: us(since),
        dur: us(e.ns) - us(since),
        pid: 1,
        tid: running,
        cat: 'sched',
      });
      running = tidOf(next);
      since = e.ns;
    }
  }
  const last = events[events.length - 1];
  if (last && last.ns > since)
    out.push({
      name: 'running',
      ph: 'X',
      ts: us(since),
      dur: us(last.ns) - us(since),
      pid: 1,
      tid: running,
      cat: 'sched',
    });
  for (const [thread, tid] of tids)
    out.push({ name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid, args: { name: `uk_thread ${hex(thread)}` } });
  return { traceEvents: out, displayTimeUnit: 'ns' };
}
