// UDP echo exchanges with a unikernel (udpecho), shared by the e2e tests
// and bench/udpecho.mjs. As a program it runs one exchange and prints the
// result as JSON, so a test can run it inside a network namespace
// (`ip netns exec <ns> node udp-client.mjs ...`).
import dgram from 'node:dgram';

/** A seeded generator (xorshift32), so a failing run can be repeated. */
export function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

/** count payloads of random sizes 1..max bytes of random content. */
export function payloads(count, seed, max = 1472) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const b = Buffer.alloc(1 + Math.floor(r() * max));
    for (let j = 0; j < b.length; j++) b[j] = Math.floor(r() * 256);
    out.push(b);
  }
  return out;
}

/**
 * Send each payload to host:port and wait for its echo (tries times, each
 * waiting timeoutMs for the exact echo). Returns { sent, received,
 * mismatched (datagrams that were not the awaited echo), lost, rttMs }.
 */
export async function exchange({ host, port, list, timeoutMs = 2000, tries = 3 }) {
  const s = dgram.createSocket('udp4');
  await new Promise((ok) => s.bind(0, ok));
  let waiting = null;
  s.on('message', (m) => waiting?.(m));
  const res = { sent: 0, received: 0, mismatched: 0, lost: 0, rttMs: [] };
  try {
    for (const p of list) {
      let got = null;
      for (let t = 0; t < tries && !got; t++) {
        const start = process.hrtime.bigint();
        got = await new Promise((ok) => {
          const timer = setTimeout(() => ok(null), timeoutMs);
          waiting = (m) => {
            if (!m.equals(p)) {
              res.mismatched++; // a late duplicate, or a wrong echo
              return;
            }
            clearTimeout(timer);
            ok(m);
          };
          s.send(p, port, host);
          res.sent++;
        });
        if (got) res.rttMs.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      if (got) res.received++;
      else res.lost++;
    }
  } finally {
    waiting = null;
    s.close();
  }
  return res;
}

/** udpecho's counters: the answer to a "udpecho:stats" datagram, parsed. */
export async function stats({ host, port, timeoutMs = 2000 }) {
  const s = dgram.createSocket('udp4');
  await new Promise((ok) => s.bind(0, ok));
  try {
    for (let t = 0; t < 5; t++) {
      const m = await new Promise((ok) => {
        const timer = setTimeout(() => ok(null), timeoutMs);
        s.once('message', (msg) => {
          clearTimeout(timer);
          ok(msg);
        });
        s.send(Buffer.from('udpecho:stats'), port, host);
      });
      if (m) {
        const out = {};
        const words = m.toString().split(' ');
        for (let i = 0; i + 1 < words.length; i += 2) out[words[i]] = Number(words[i + 1]);
        return out;
      }
    }
    return null;
  } finally {
    s.close();
  }
}

/**
 * Throughput and latency: rttCount sequential echoes of size bytes (each
 * round-trip time), then `seconds` of a sliding window of `window`
 * outstanding datagrams (each echo sends the next; a datagram unanswered
 * for 200 ms is replaced). Returns { rttMs: [...], perSecond, lost }.
 */
export async function measure({ host, port, rttCount = 500, seconds = 5, window = 32, size = 64 }) {
  const fixed = Array.from({ length: rttCount }, (_, i) => {
    const b = Buffer.alloc(Math.max(size, 8));
    b.writeUInt32BE(i, 0);
    return b;
  });
  const seq = await exchange({ host, port, list: fixed });
  const s = dgram.createSocket('udp4');
  await new Promise((ok) => s.bind(0, ok));
  const pending = new Map();
  let next = 0;
  let got = 0;
  let lost = 0;
  const send = () => {
    const b = Buffer.alloc(Math.max(size, 8));
    b.writeUInt32BE(next, 0);
    b.writeUInt32BE(0x75646565, 4);
    pending.set(next++, Date.now());
    s.send(b, port, host);
  };
  const t0 = Date.now();
  await new Promise((done) => {
    s.on('message', (m) => {
      if (m.length < 8 || !pending.delete(m.readUInt32BE(0))) return;
      got++;
      if (Date.now() - t0 < seconds * 1000) send();
      else if (!pending.size) done();
    });
    for (let i = 0; i < window; i++) send();
    const sweep = setInterval(() => {
      const now = Date.now();
      for (const [k, t] of pending)
        if (now - t > 200) {
          pending.delete(k);
          lost++;
          if (now - t0 < seconds * 1000) send();
        }
      if (now - t0 >= seconds * 1000 && !pending.size) {
        clearInterval(sweep);
        done();
      }
    }, 50);
  });
  const elapsed = (Date.now() - t0) / 1000;
  s.close();
  return { rttMs: seq.rttMs, seqLost: seq.lost, perSecond: got / elapsed, lost };
}

if (process.argv[1] === import.meta.filename) {
  const [mode, host, port, count, seed] = process.argv.slice(2);
  const p = Number(port);
  const out =
    mode === 'stats'
      ? await stats({ host, port: p })
      : mode === 'measure'
        ? await measure({ host, port: p, seconds: Number(count ?? 5) })
        : await exchange({ host, port: p, list: payloads(Number(count), Number(seed)) });
  process.stdout.write(JSON.stringify(out) + '\n');
}
