// A PostgreSQL cluster of a test's own (initdb in a temporary folder, its own port), so a test can
// freeze it (SIGSTOP to every process of it: a database that hangs), stop it (pg_ctl stop: a
// database that is down) and start it again, without touching the machine's cluster. Run as the
// `postgres` user when the tests run as root (initdb refuses root).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest installed PostgreSQL's bin folder (Debian's layout), or null. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** Every process of the cluster stops running (SIGSTOP): connections stay open, unanswered. */
  freeze(): Promise<void>;
  thaw(): Promise<void>;
  /** pg_ctl stop, fast mode: sessions are ended, new connections refused. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it (thawed first) and removes its folder. */
  destroy(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startCluster(bin: string): Promise<PgCluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accueil-pg-'));
  const data = path.join(dir, 'data');
  if (asRoot) fs.chownSync(dir, ...(await postgresIds()));
  const as = (file: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, file), ...args])
      : run(path.join(bin, file), args);
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    await as('pg_ctl', [
      'start',
      '-w',
      '-t',
      '60',
      '-D',
      data,
      '-l',
      path.join(dir, 'log'),
      '-o',
      options,
    ]);
  };
  const stop = async () => {
    await as('pg_ctl', ['stop', '-w', '-t', '60', '-m', 'fast', '-D', data]);
  };
  /** The postmaster and its children (backends, checkpointer, …). */
  const processes = () => {
    const postmaster = Number(
      fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    const children = fs
      .readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
        } catch {
          return false; // gone meanwhile
        }
      })
      .map(Number);
    return [postmaster, ...children];
  };
  let frozen: number[] = [];
  const signal = (pids: number[], name: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, name);
      } catch {
        // ended meanwhile
      }
    }
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async freeze() {
      frozen = processes();
      signal(frozen, 'SIGSTOP');
    },
    async thaw() {
      signal(frozen.splice(0), 'SIGCONT');
    },
    stop,
    start,
    async destroy() {
      signal(frozen.splice(0), 'SIGCONT');
      await stop().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresIds(): Promise<[number, number]> {
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  return [Number(stdout.trim()), Number(group.trim())];
}
