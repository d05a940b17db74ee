// Clients for sockecho (apps/sockecho), used by test/e2e/sockets.test.ts
// against the host build, the kvm guest and, run inside a network
// namespace as `node sockecho-client.mjs HOST TCPPORT UDPPORT`, the
// linuxu guest (it prints the result as JSON). Every wait is bounded.
import dgram from 'node:dgram';
import net from 'node:net';

const LIMIT_MS = 20_000;

/** Open n connections, all at once, and resolve when every one is up: { sock, data, closed } each. */
function connectAll(host, port, n) {
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise((ok, fail) => {
          const c = { sock: net.connect(port, host), data: '', closed: false };
          c.sock.on('data', (d) => (c.data += d.toString('latin1')));
          c.sock.on('close', () => (c.closed = true));
          c.sock.on('error', () => undefined);
          c.sock.once('connect', () => ok(c));
          c.sock.once('error', fail);
        }),
    ),
  );
}

const until = async (cond, ms = LIMIT_MS) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) return false;
    await new Promise((w) => setTimeout(w, 20));
  }
  return true;
};

/**
 * n clients at once: three interleaved rounds of one line each, then a
 * half-close; each must get its own lines back, then "bye N", then the
 * server's close. Returns what each received and whether it closed.
 */
export async function concurrent(host, port, n = 5) {
  const socks = await connectAll(host, port, n);
  const expect = socks.map(() => '');
  for (let round = 1; round <= 3; round++) {
    socks.forEach((s, i) => {
      const line = `client ${i} round ${round}\n`;
      expect[i] += line;
      s.sock.write(line);
    });
    await until(() => socks.every((s, i) => s.data === expect[i]), 10_000);
  }
  socks.forEach((s) => s.sock.end());
  await until(() => socks.every((s) => s.closed));
  const out = socks.map((s, i) => ({ got: s.data, want: `${expect[i]}bye ${expect[i].length}\n`, closed: s.closed }));
  socks.forEach((s) => s.sock.destroy());
  return out;
}

/** Three datagrams; the echoes received (in any order). */
export async function udp(host, port) {
  const u = dgram.createSocket('udp4');
  const got = [];
  u.on('message', (m) => got.push(m.toString()));
  await new Promise((ok) => u.bind(0, ok));
  const sent = ['one', 'two', 'three'];
  // Resend until every echo came: user networking may drop the first datagram while ARP resolves.
  for (let tries = 0; tries < 5 && !sent.every((m) => got.includes(m)); tries++) {
    for (const m of sent) if (!got.includes(m)) u.send(m, port, host);
    await until(() => sent.every((m) => got.includes(m)), 2000);
  }
  u.close();
  return [...new Set(got)].sort();
}

/** A client that resets its connection (RST) after one echo: the server must see ECONNRESET. */
export async function reset(host, port) {
  const [s] = await connectAll(host, port, 1);
  s.sock.write('about to reset\n');
  const echoed = await until(() => s.data === 'about to reset\n', 10_000);
  s.sock.resetAndDestroy();
  await new Promise((w) => setTimeout(w, 300));
  return echoed;
}

/** Send "quit": the server echoes it and stops. */
export async function quit(host, port) {
  const [s] = await connectAll(host, port, 1);
  s.sock.write('quit\n');
  await until(() => s.data === 'quit\n' || s.closed, 10_000);
  s.sock.destroy();
  return s.data;
}

/** All of the above, in order. */
export async function exercise(host, tcp, udpPort) {
  return {
    concurrent: await concurrent(host, tcp),
    udp: await udp(host, udpPort),
    reset: await reset(host, tcp),
    quit: await quit(host, tcp),
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [host, tcp, udpPort] = process.argv.slice(2);
  exercise(host, Number(tcp), Number(udpPort)).then(
    (r) => console.log(JSON.stringify(r)),
    (e) => (console.log(JSON.stringify({ error: String(e) })), process.exit(1)),
  );
}
