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

/** Runs curl in a process of its own: what it sends and reads never holds up this process. */
async function curl(args: string[]): Promise<{ code: number; out: string }> {
  const child = spawn('curl', ['-sS', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, out };
}

/**
 * Downloads an export to nowhere with curl: reading hundreds of MB through fetch here would hold
 * up this process's pushes and probes, measuring the client.
 */
export async function download(server: ShippedServer, token: string, query: string) {
  const t0 = performance.now();
  const { code, out } = await curl([
    '-o',
    '/dev/null',
    '-w',
    '%{http_code} %{size_download}',
    '-H',
    `authorization: Bearer ${token}`,
    `${server.url}/v1/admin/export?${query}`,
  ]);
  const [status, bytes] = out.trim().split(' ').map(Number);
  if (code !== 0 || status !== 200)
    throw new Error(`export ${query}: curl ${code}, HTTP ${status}`);
  return { seconds: (performance.now() - t0) / 1000, mb: bytes! / 1e6 };
}

/**
 * Imports a roster file with curl, as an admin's browser elsewhere would: building and sending
 * megabytes here would hold up this process's pushes (their latencies rose 200 ms at the
 * import's start), measuring the client. Returns the events written.
 */
export async function upload(server: ShippedServer, token: string, file: string) {
  const t0 = performance.now();
  const { code, out } = await curl([
    '-w',
    '\n%{http_code}',
    '-H',
    `authorization: Bearer ${token}`,
    '-H',
    'content-type: text/csv',
    '--data-binary',
    `@${file}`,
    `${server.url}/v1/admin/roster`,
  ]);
  const status = Number(out.slice(out.lastIndexOf('\n') + 1));
  if (code !== 0 || status !== 200)
    throw new Error(`roster import: curl ${code}, HTTP ${status}: ${out.slice(0, 300)}`);
  const outcome = JSON.parse(out.slice(0, out.lastIndexOf('\n'))) as { written: number };
  return { seconds: (performance.now() - t0) / 1000, written: outcome.written };
}
