// A check-in the learner saw greeted survives the browser being killed outright (SIGKILL, as a
// power cut or a crash would): strict durability, one transaction per scan.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  kioskEvents,
  nextResult,
  scanKeys,
  usKeys,
  waitReady,
} from './support/kiosk';

const baseUrl = inject('baseUrl');

async function launch(userDataDir: string): Promise<{ child: ChildProcess; browser: Browser }> {
  const child = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  return { child, browser: await chromium.connectOverCDP(endpoint) };
}

describe('durability', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('keeps a greeted check-in after the browser is killed with SIGKILL', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'accueil-kill-'));
    dirs.push(userDataDir);
    const learner = demoLearners()[7]!;

    const first = await launch(userDataDir);
    const page = await first.browser.contexts()[0]!.newPage();
    await page.goto(`${baseUrl}/index.html`);
    await waitReady(page);
    await scanKeys(page, usKeys(learner.token));
    expect((await nextResult(page, 0))?.outcome).toBe('welcome');
    // No goodbye to the browser: the process dies at once, mid-flight.
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await launch(userDataDir);
    try {
      const again = await second.browser.contexts()[0]!.newPage();
      await again.goto(`${baseUrl}/index.html`);
      await waitReady(again);
      const events = await kioskEvents(again);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'check-in', learnerId: learner.learner.id, seq: 1 });
      // And the kiosk remembers it: a new scan answers "already checked in".
      await scanKeys(again, usKeys(learner.token));
      expect((await nextResult(again, 0))?.outcome).toBe('already-in');
    } finally {
      await second.browser.close().catch(() => undefined);
      second.child.kill('SIGKILL');
      if (second.child.exitCode === null)
        await new Promise((resolve) => second.child.once('exit', resolve));
    }
  });
});
