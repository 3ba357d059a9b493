// A TCP proxy in front of the test PostgreSQL that a test can freeze (connections stay open and
// nothing passes: a database stopped with SIGSTOP, or a network that drops everything) or stop
// (every connection cut, new ones refused: a database that is down), then bring back.
import net from 'node:net';

export interface DbProxy {
  /** postgres://… through the proxy, to the same database as `url`. */
  url: string;
  freeze(): void;
  thaw(): void;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function dbProxy(url: string): Promise<DbProxy> {
  const target = new URL(url);
  const sockets = new Set<net.Socket>();
  let frozen = false;
  // What arrived while frozen, delivered in order on thaw (a stopped process resumes reading).
  let held: [net.Socket, Buffer][] = [];
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.on('error', () => {});
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
      from.on('data', (chunk: Buffer) => {
        if (frozen) held.push([to, chunk]);
        else to.write(chunk);
      });
    }
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  const stop = async () => {
    for (const socket of sockets) socket.destroy();
    held = [];
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    url: proxied.toString(),
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      for (const [to, chunk] of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    stop,
    start: () => listen(port),
    close: async () => {
      if (server.listening) await stop();
    },
  };
}
