// The learners' screen read from two metres: the card over the whole stage at 1920x1080 and
// 1080x1920, arrival/departure and "try again"/"go to reception" told apart by icon, words and
// sound, the portrait layout, results queued so that two learners both see their card, and the
// arrivals-only repeat greeting chosen by the Brussels clock.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MIN_SHOW_MS } from '../../renderer/check-in/resultQueue';
import { demoLearners } from '../../shared/demo-roster';
import { makeBlankY4m } from '../fixtures/badge-video';
import {
  currentSerial,
  kioskEvents,
  nextResult,
  openKiosk,
  scanKeys,
  setCheckInSettings,
  usKeys,
  waitAnswered,
  waitReady,
} from './support/kiosk';

const baseUrl = inject('baseUrl');
const roster = demoLearners();
const lea = roster[0]!; // no preferred language: greeted in the screen's French
const NNBSP = '\u202f';
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];

/** Records every Web Audio tone the page starts, as "type:frequency". */
async function recordTones(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const page = window as unknown as { __tones: string[] };
    page.__tones = [];
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, ...args) {
      page.__tones.push(`${this.type}:${this.frequency.value}`);
      return start.apply(this, args);
    };
  });
}

interface Card {
  outcome: string;
  title: string;
  background: string;
  icon: { name: string; markup: string; hidden: string | null } | null;
  action: string;
  tones: string;
}

/** Scans `token`, waits for its card and the sound that follows it, and describes both. */
async function scanCard(page: Page, token: string, outcome: string): Promise<Card> {
  const before = await currentSerial(page);
  await page.evaluate(() => {
    (window as unknown as { __tones: string[] }).__tones = [];
  });
  await scanKeys(page, usKeys(token));
  const shown = await nextResult(page, before);
  expect(shown?.outcome).toBe(outcome);
  await page.waitForFunction(() => (window as unknown as { __tones: string[] }).__tones.length);
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('.result')!;
    const icon = card.querySelector<SVGElement>('svg[data-icon]');
    return {
      outcome: card.dataset.outcome ?? '',
      title: card.querySelector('h1')?.textContent ?? '',
      background: getComputedStyle(card).backgroundColor,
      icon: icon && {
        name: icon.dataset.icon ?? '',
        markup: icon.innerHTML,
        hidden: icon.getAttribute('aria-hidden'),
      },
      action: card.querySelector('.result__action')?.textContent ?? '',
      tones: (window as unknown as { __tones: string[] }).__tones.join(' '),
    };
  });
}

describe('the result card from two metres', () => {
  let dir: string;
  let video: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accueil-display-'));
    video = join(dir, 'blank.y4m');
    await makeBlankY4m(video);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  for (const viewport of SCREENS) {
    it(`covers the whole stage, camera included, with a large icon, a first name of 120 px and a 44 px detail at ${viewport.width}x${viewport.height}`, async () => {
      const kiosk = await openKiosk(baseUrl, { camera: { video }, viewport });
      try {
        const { page } = kiosk;
        await page.waitForSelector('[data-camera="live"]', { timeout: 15_000 });
        await scanKeys(page, usKeys(lea.token));
        const shown = await nextResult(page, 0);
        expect(shown).toMatchObject({ outcome: 'welcome', title: `Bonjour Léa${NNBSP}!` });

        const m = await page.evaluate(() => {
          const rect = (selector: string) => {
            const r = document.querySelector(selector)?.getBoundingClientRect();
            return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
          };
          const size = (selector: string) => {
            const element = document.querySelector(selector);
            return element ? parseFloat(getComputedStyle(element).fontSize) : 0;
          };
          const camera = document.querySelector('.checkin__camera')!.getBoundingClientRect();
          const card = document.querySelector('.result')!;
          // The camera's corners and centre: what is on top there must be the card.
          const probes = [
            [camera.left + 4, camera.top + 4],
            [camera.right - 4, camera.top + 4],
            [camera.left + 4, camera.bottom - 4],
            [camera.right - 4, camera.bottom - 4],
            [(camera.left + camera.right) / 2, (camera.top + camera.bottom) / 2],
          ].map(([x, y]) => card.contains(document.elementFromPoint(x!, y!)));
          return {
            stage: rect('.checkin__stage')!,
            card: rect('.result')!,
            probes,
            name: {
              text: document.querySelector('.result__name')?.textContent,
              ...rect('.result__name'),
            },
            nameSize: size('.result__name'),
            detailSize: size('.result__detail'),
            icon: rect('.result svg[data-icon]'),
          };
        });
        expect(m.card.left).toBeLessThanOrEqual(m.stage.left + 1);
        expect(m.card.top).toBeLessThanOrEqual(m.stage.top + 1);
        expect(m.card.right).toBeGreaterThanOrEqual(m.stage.right - 1);
        expect(m.card.bottom).toBeGreaterThanOrEqual(m.stage.bottom - 1);
        expect(m.probes).toEqual([true, true, true, true, true]);
        expect(m.name.text).toBe('Léa');
        expect(m.nameSize).toBeGreaterThanOrEqual(120);
        expect(m.name.bottom! - m.name.top!).toBeGreaterThanOrEqual(120);
        expect(m.detailSize).toBeGreaterThanOrEqual(44);
        expect(m.icon).not.toBeNull();
        expect(m.icon!.right - m.icon!.left).toBeGreaterThanOrEqual(200);
        expect(m.icon!.bottom - m.icon!.top).toBeGreaterThanOrEqual(200);
      } finally {
        await kiosk.close();
      }
    });
  }

  it('stacks the camera above a full-width idle panel on a portrait screen', async () => {
    const kiosk = await openKiosk(baseUrl, { camera: { video }, viewport: SCREENS[1] });
    try {
      const { page } = kiosk;
      await page.waitForSelector('[data-camera="live"]', { timeout: 15_000 });
      const m = await page.evaluate(() => {
        const rect = (selector: string) =>
          document.querySelector(selector)!.getBoundingClientRect();
        const stage = rect('.checkin__stage');
        const camera = rect('.checkin__camera');
        const idle = rect('.idle');
        return {
          stageWidth: stage.width,
          camera: { width: camera.width, bottom: camera.bottom },
          idle: { width: idle.width, top: idle.top },
        };
      });
      expect(m.camera.bottom).toBeLessThanOrEqual(m.idle.top);
      expect(m.camera.width).toBeGreaterThanOrEqual(m.stageWidth * 0.9);
      expect(m.idle.width).toBeGreaterThanOrEqual(m.stageWidth * 0.9);
    } finally {
      await kiosk.close();
    }
  });
});

describe('what each outcome looks and sounds like', () => {
  it('tells an arrival from a departure by colour, icon and sound', async () => {
    const kiosk = await openKiosk(baseUrl, { prepare: recordTones });
    try {
      const { page } = kiosk;
      await setCheckInSettings(page, { mode: 'in-and-out', cooldownMs: 0 });
      await page.reload();
      await waitReady(page);
      const welcome = await scanCard(page, lea.token, 'welcome');
      const goodbye = await scanCard(page, lea.token, 'goodbye');
      for (const card of [welcome, goodbye]) {
        expect(card.icon?.hidden, card.outcome).toBe('true');
        expect(card.tones, card.outcome).not.toBe('');
      }
      expect(goodbye.background).not.toBe(welcome.background);
      expect(goodbye.icon!.name).not.toBe(welcome.icon!.name);
      expect(goodbye.icon!.markup).not.toBe(welcome.icon!.markup);
      expect(goodbye.tones).not.toBe(welcome.tones);
    } finally {
      await kiosk.close();
    }
  });

  it('tells "try again" from "go to reception" by icon, words and sound, not colour alone', async () => {
    const kiosk = await openKiosk(baseUrl, { prepare: recordTones });
    try {
      const { page } = kiosk;
      const unknownToken = demoLearners(1, 99)[0]!.token;
      const retry = await scanCard(page, 'NOT A BADGE 123', 'unreadable');
      const reception = [
        await scanCard(page, unknownToken, 'unknown'),
        await scanCard(page, roster.find((d) => d.revokedToken)!.revokedToken!, 'revoked'),
        await scanCard(
          page,
          roster.find((d) => d.learner.status === 'archived')!.token,
          'archived',
        ),
      ];
      expect(retry.icon?.hidden).toBe('true');
      expect(retry.action).toMatch(/Réessaie/);
      expect(retry.action).not.toMatch(/accueil/);
      for (const card of reception) {
        expect(card.icon, card.outcome).toEqual(reception[0]!.icon);
        expect(card.action, card.outcome).toBe(reception[0]!.action);
        expect(card.tones, card.outcome).toBe(reception[0]!.tones);
      }
      expect(reception[0]!.action).toMatch(/accueil/);
      expect(reception[0]!.icon!.name).not.toBe(retry.icon!.name);
      expect(reception[0]!.icon!.markup).not.toBe(retry.icon!.markup);
      expect(reception[0]!.tones).not.toBe(retry.tones);
    } finally {
      await kiosk.close();
    }
  });
});

describe('results in a queue', () => {
  it('shows both cards when two learners scan within a second, the first for 1.5 s before the second', async () => {
    const kiosk = await openKiosk(baseUrl, {
      prepare: (context) => context.clock.install(),
    });
    try {
      const { page } = kiosk;
      const noah = roster[1]!;
      // Time stands still from here: only runFor moves the screen's timers (and every key of a
      // scan carries the same stamp, so a loaded machine cannot split it).
      await page.clock.pauseAt(Date.now() + 1_000);
      await scanKeys(page, usKeys(lea.token));
      expect(await nextResult(page, 0)).toMatchObject({ outcome: 'welcome', serial: 1 });
      await scanKeys(page, usKeys(noah.token));
      // Noah is checked in at once; Léa's card stays while his waits its turn.
      await expect
        .poll(async () => (await kioskEvents(page)).map((e) => e.learnerId), { timeout: 10_000 })
        .toContain(noah.learner.id);
      const title = () => page.textContent('.result h1');
      expect(await title()).toContain('Léa');
      await page.clock.runFor(MIN_SHOW_MS - 100);
      expect(await title()).toContain('Léa');
      await page.clock.runFor(100);
      expect(await nextResult(page, 1)).toMatchObject({ outcome: 'welcome', serial: 2 });
      expect(await title()).toContain('Noah');
    } finally {
      await kiosk.close();
    }
  });
});

describe('arrivals-only mode', () => {
  /** 25 November 2026 (UTC+1 in Brussels) at a Brussels wall-clock time. */
  const brussels = (hour: number, minute: number) => Date.UTC(2026, 10, 25, hour - 1, minute);

  it('answers a later scan with the arrival time and a good session, then a good evening', async () => {
    const kiosk = await openKiosk(baseUrl, {
      prepare: (context) => context.clock.install({ time: brussels(14, 0) }),
    });
    try {
      const { page } = kiosk;
      // A still clock: each card waits for runFor, and key stamps cannot split a scan.
      await page.clock.pauseAt(brussels(14, 2));
      await scanKeys(page, usKeys(lea.token));
      const welcome = await nextResult(page, 0);
      expect(welcome?.outcome).toBe('welcome');

      await scanKeys(page, usKeys(lea.token));
      await waitAnswered(page, welcome!.serial);
      await page.clock.runFor(MIN_SHOW_MS);
      const again = await nextResult(page, welcome!.serial);
      expect(again).toMatchObject({ outcome: 'already-in', title: `Bonne séance, Léa${NNBSP}!` });
      expect(await page.textContent('.result__detail')).toContain('14:02');

      await page.clock.setSystemTime(brussels(18, 40));
      await scanKeys(page, usKeys(lea.token));
      await waitAnswered(page, again!.serial);
      await page.clock.runFor(MIN_SHOW_MS);
      const evening = await nextResult(page, again!.serial);
      expect(evening).toMatchObject({ outcome: 'already-in', title: `Bonne soirée, Léa${NNBSP}!` });
      expect(await page.textContent('.result__detail')).toContain('14:02');
      expect(await kioskEvents(page)).toHaveLength(1);
    } finally {
      await kiosk.close();
    }
  });
});
