// The server as shipped: server/main.ts bundled with its admin worker (server/vite.config.ts),
// started in a child process with configuration from the environment, as `npm run server` does.
// Its memory is read from /proc; it can be killed with SIGKILL and started again.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import { build } from 'vite';
import { serverBundle } from '../../../server/vite.config';

const BUNDLE_DIR = 'node_modules/.cache/accueil-server-bench';
let bundled: Promise<string> | null = null;

function bundle(): Promise<string> {
  bundled ??= build({ configFile: false, ...serverBundle('server/main.ts', BUNDLE_DIR) }).then(
    () => `${BUNDLE_DIR}/main.js`,
  );
  return bundled;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

export interface ShippedServer {
  url: string;
  pid: number;
  /** Spawn to the first 200 from /health, in seconds. */
  startSeconds: number;
  /** Resident memory now, MB (worker threads included: they are threads of the process). */
  rssMb(): number;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export async function startShipped(env: Record<string, string>): Promise<ShippedServer> {
  const main = await bundle();
  const port = await freePort();
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, [main], {
    // LOG_LEVEL=warn: a line per request would measure the logger (a deployment's choice).
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  let dead = false;
  void exited.then(() => (dead = true));
  for (;;) {
    if (dead) throw new Error('the server exited while starting');
    const up = await fetch(`${url}/health`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const startSeconds = (performance.now() - t0) / 1000;
  return {
    url,
    pid: child.pid!,
    startSeconds,
    rssMb() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)![1]) / 1024;
    },
    async kill(signal) {
      child.kill(signal);
      await exited;
    },
  };
}

/**
 * Downloads an export to nowhere with curl, in a process of its own: reading hundreds of MB
 * through fetch here would hold up this process's pushes and probes, measuring the client.
 */
export async function download(server: ShippedServer, token: string, query: string) {
  const t0 = performance.now();
  const curl = spawn(
    'curl',
    [
      '-sS',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code} %{size_download}',
      '-H',
      `authorization: Bearer ${token}`,
      `${server.url}/v1/admin/export?${query}`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  curl.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const [code] = (await once(curl, 'exit')) as [number];
  const [status, bytes] = out.trim().split(' ').map(Number);
  if (code !== 0 || status !== 200)
    throw new Error(`export ${query}: curl ${code}, HTTP ${status}`);
  return { seconds: (performance.now() - t0) / 1000, mb: bytes! / 1e6 };
}
