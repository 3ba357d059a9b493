// restartApp, and the Linux session loop it talks to (build/linux/accueil-session), run with sh
// against a stand-in kiosk binary: no Electron and no desktop session needed.
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  LINUX_EXECUTABLE,
  PRODUCT_NAME,
  SESSION_SOURCE,
} from '../../../build/electron-builder.config';
import {
  isSupervised,
  RELAUNCH_EXIT_CODE,
  restartApp,
  SUPERVISED_ENV,
} from '../../../electron/supervisor';

describe('restartApp', () => {
  it('under the session loop: exits with the relaunch code and lets the loop start it', () => {
    const app = { relaunch: vi.fn(), exit: vi.fn() };
    restartApp(app, true);
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(RELAUNCH_EXIT_CODE);
  });

  it('unsupervised (Windows, development): relaunches itself, then exits', () => {
    const app = { relaunch: vi.fn(), exit: vi.fn() };
    restartApp(app, false);
    expect(app.relaunch).toHaveBeenCalledOnce();
    expect(app.exit).toHaveBeenCalledWith(0);
  });

  it('is supervised only when the loop says so', () => {
    expect(isSupervised({ [SUPERVISED_ENV]: '1' })).toBe(true);
    expect(isSupervised({})).toBe(false);
    expect(isSupervised({ [SUPERVISED_ENV]: 'yes' })).toBe(false);
  });
});

const INSTALL_DIR = `/opt/${PRODUCT_NAME}`;

describe('session loop (build/linux/accueil-session)', () => {
  it('is a valid POSIX sh script, executable, that starts the installed binary without flags', async () => {
    const script = await readFile(SESSION_SOURCE, 'utf8');
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(((await stat(SESSION_SOURCE)).mode & 0o111) !== 0).toBe(true);
    expect(script).toContain(`KIOSK_BINARY='${INSTALL_DIR}/${LINUX_EXECUTABLE}'`);
    expect(script).toContain(`RELAUNCH_EXIT_CODE=${RELAUNCH_EXIT_CODE}`);
    expect(script).toContain(`${SUPERVISED_ENV}=1`);
    expect(script).not.toContain('--no-sandbox');
    for (const shell of ['sh', 'bash']) {
      const check = spawnSync(shell, ['-n', SESSION_SOURCE], { encoding: 'utf8' });
      expect(check.stderr, shell).toBe('');
      expect(check.status, shell).toBe(0);
    }
  });

  /** The loop with a stand-in kiosk and no pauses; returns the folder the stand-in writes to. */
  async function loopWith(kiosk: string): Promise<{ dir: string; loop: string }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'accueil-session-'));
    const binary = path.join(dir, 'kiosk');
    await writeFile(binary, `#!/bin/sh\nHERE=$(dirname "$0")\n${kiosk}\n`);
    await chmod(binary, 0o755);
    const loop = (await readFile(SESSION_SOURCE, 'utf8'))
      .replace(`'${INSTALL_DIR}/${LINUX_EXECUTABLE}'`, `'${binary}'`)
      .replace(/^FIRST_DELAY=\d+$/m, 'FIRST_DELAY=0')
      .replace(/^MAX_DELAY=\d+$/m, 'MAX_DELAY=0');
    const loopPath = path.join(dir, 'loop');
    await writeFile(loopPath, loop);
    return { dir, loop: loopPath };
  }

  it('restarts the kiosk after a failure, a kill and a relaunch request; stops on a clean exit', async () => {
    // Run 1 fails, run 2 is killed, run 3 asks for a relaunch, run 4 quits normally.
    const { dir, loop } = await loopWith(`
      n=$(($(cat "$HERE/runs" 2>/dev/null || echo 0) + 1)); echo $n > "$HERE/runs"
      echo "$n $${SUPERVISED_ENV}" >> "$HERE/log"
      case $n in 1) exit 1 ;; 2) kill -KILL $$ ;; 3) exit ${RELAUNCH_EXIT_CODE} ;; *) exit 0 ;; esac`);
    try {
      const run = spawnSync('sh', [loop], { encoding: 'utf8', timeout: 20_000 });
      expect(run.status).toBe(0);
      expect(await readFile(path.join(dir, 'log'), 'utf8')).toBe('1 1\n2 1\n3 1\n4 1\n');
      expect(run.stderr).toMatch(/status 1\)/);
      expect(run.stderr).toMatch(/status 137\)/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('passes the end of the session on to the kiosk and stops', async () => {
    const { dir, loop } = await loopWith(
      `trap 'echo stopped > "$HERE/term"; exit 0' TERM; echo up > "$HERE/up"; while :; do sleep 0.05; done`,
    );
    try {
      const child = spawn('sh', [loop], { stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      await vi.waitFor(() => stat(path.join(dir, 'up')), { timeout: 10_000 });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(await readFile(path.join(dir, 'term'), 'utf8')).toBe('stopped\n');
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
