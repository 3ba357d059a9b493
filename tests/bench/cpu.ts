// CPU time of a whole Chromium (browser, GPU, renderer, utility and capture processes) from
// /proc: the browser process is found by its --user-data-dir, the rest as its descendants.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

interface ProcessCpu {
  pid: number;
  parent: number;
  seconds: number;
  command: string;
}

function processes(): ProcessCpu[] {
  const found: ProcessCpu[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.push({
        pid: Number(entry),
        parent: Number(fields[1]),
        // utime + stime, fields 14 and 15 of stat.
        seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
        command: readFileSync(`/proc/${entry}/cmdline`, 'utf8'),
      });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

/** CPU seconds used so far by the Chromium running on `userDataDir`, all its processes. */
export function browserCpuSeconds(userDataDir: string): number {
  const all = processes();
  const root = all.find(
    (p) => p.command.includes(`--user-data-dir=${userDataDir}`) && !p.command.includes('--type='),
  );
  if (root === undefined) throw new Error(`no Chromium runs on ${userDataDir}`);
  const tree = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (!tree.has(p.pid) && tree.has(p.parent)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.seconds, 0);
}

/** CPU seconds used so far by one process, all its threads (a server's workers, zlib's pool). */
export function processCpuSeconds(pid: number): number {
  const found = processes().find((p) => p.pid === pid);
  if (found === undefined) throw new Error(`no process ${pid}`);
  return found.seconds;
}
