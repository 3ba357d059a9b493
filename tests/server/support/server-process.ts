// The server as it runs in production (server/main.ts: configuration from the environment, the
// PGlite lock, signals), started from the TypeScript sources in a child process of its own, so a
// test can kill it with SIGKILL and start it again on the same data.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const REGISTER = fileURLToPath(new URL('./register-ts.mjs', import.meta.url));
const MAIN = fileURLToPath(new URL('../../../server/main.ts', import.meta.url));

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resolves when the process has exited. */
  exited: Promise<unknown>;
  /** Everything it wrote so far (standard output and error). */
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Starts the server (PORT=0) with `env` on top of this process's; resolves once it listens. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', REGISTER, MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  let output = '';
  const lines = createInterface({ input: child.stdout! });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  lines.on('line', (line) => (output += `${line}\n`));
  const url = await new Promise<string>((resolve, reject) => {
    exited.then(() => reject(new Error(`the server exited before listening:\n${output}`)));
    lines.on('line', (line) => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) resolve(match[1]!);
    });
  });
  return {
    url,
    pid: child.pid!,
    exited,
    output: () => output,
    async kill(signal) {
      child.kill(signal);
      await exited;
    },
  };
}
