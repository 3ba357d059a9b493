// Real camera scanning: Chromium's fake webcam plays a y4m made from generated codes; the kiosk
// decodes it with zxing-wasm in its worker and acts on what the learner holds up.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { translate } from '../../renderer/i18n';
import {
  makeBadgeY4m,
  makeBlankY4m,
  makeSceneY4m,
  POSTER_URL,
  type SceneCode,
  type Y4mOptions,
} from '../fixtures/badge-video';
import {
  announcement,
  cameraFrames,
  currentSerial,
  kioskEvents,
  openKiosk,
  recordResults,
  scanKeys,
  shownResults,
  usKeys,
  nextResult,
  waitForDecodedFrames,
  waitForResults,
  type Camera,
  type Kiosk,
} from './support/kiosk';

const baseUrl = inject('baseUrl');
// No preferred language: both are greeted in French.
const learner = demoLearners()[14]!;
const other = demoLearners()[15]!;
const greeting = (name: string) => translate('fr', 'result.welcome.title', { name });
const HINT = translate('fr', 'result.hint.title');

describe('camera', () => {
  let dir: string;
  let clips = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accueil-video-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** A kiosk whose camera shows `codes`, recording every result it shows. */
  async function kioskSeeing(
    codes: SceneCode[],
    opts: Y4mOptions = {},
    initScripts: (() => void)[] = [],
  ): Promise<Kiosk> {
    const video = join(dir, `scene-${clips++}.y4m`);
    await makeSceneY4m(video, codes, opts);
    const camera: Camera = { video };
    return openKiosk(baseUrl, { camera, initScripts: [recordResults, ...initScripts] });
  }

  it('checks in the learner whose badge is held to the camera, once, however long it is held', async () => {
    const video = join(dir, 'badge.y4m');
    await makeBadgeY4m(learner.token, video);
    const kiosk: Kiosk = await openKiosk(baseUrl, { camera: { video } });
    try {
      const shown = await nextResult(kiosk.page, 0, 20_000);
      expect(shown).toMatchObject({
        outcome: 'welcome',
        title: greeting(learner.learner.firstName),
      });
      expect(await announcement(kiosk.page)).toContain(learner.learner.firstName);
      // The badge stays in front of the camera: still one result, one event, also once the
      // camera has slowed down for a scene that no longer changes.
      await waitForDecodedFrames(kiosk.page, 10);
      expect(await currentSerial(kiosk.page)).toBe(shown!.serial);
      const events = await kioskEvents(kiosk.page);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'check-in',
        learnerId: learner.learner.id,
        method: 'camera',
      });
    } finally {
      await kiosk.close();
    }
  });

  it('checks in the badge held in the middle although a URL code hangs in each corner', async () => {
    const corners = [
      [0.1, 0.15],
      [0.9, 0.15],
      [0.1, 0.85],
      [0.9, 0.85],
    ].map(([x, y]) => ({ text: POSTER_URL, x, y, size: 180 }));
    const kiosk = await kioskSeeing([{ text: learner.token }, ...corners]);
    try {
      await waitForResults(kiosk.page, (results) => results.length > 0, 30_000);
      // The posters stay in view with the badge: they never add a "not a badge" result.
      await waitForDecodedFrames(kiosk.page, 10);
      expect(await shownResults(kiosk.page)).toEqual([
        expect.objectContaining({
          outcome: 'welcome',
          title: greeting(learner.learner.firstName),
        }),
      ]);
      expect(await kioskEvents(kiosk.page)).toMatchObject([
        { type: 'check-in', learnerId: learner.learner.id, method: 'camera' },
      ]);
    } finally {
      await kiosk.close();
    }
  });

  it('checks in and greets both learners whose badges are shown side by side', async () => {
    const kiosk = await kioskSeeing([
      { text: learner.token, x: 0.27 },
      { text: other.token, x: 0.73 },
    ]);
    try {
      const titles = [learner, other].map((l) => greeting(l.learner.firstName));
      const results = await waitForResults(
        kiosk.page,
        (shown) => titles.every((title) => shown.some((r) => r.title === title)),
        30_000,
      );
      expect(results.every((r) => r.outcome === 'welcome')).toBe(true);
      const events = await kioskEvents(kiosk.page);
      expect(events.map((e) => [e.type, e.learnerId]).sort()).toEqual(
        [
          ['check-in', learner.learner.id],
          ['check-in', other.learner.id],
        ].sort(),
      );
    } finally {
      await kiosk.close();
    }
  });

  it('reads a light-on-dark badge, as a phone in dark mode shows it', async () => {
    const kiosk = await kioskSeeing([{ text: learner.token, inverted: true }]);
    try {
      const [first] = await waitForResults(kiosk.page, (results) => results.length > 0, 30_000);
      expect(first).toMatchObject({
        outcome: 'welcome',
        title: greeting(learner.learner.firstName),
      });
    } finally {
      await kiosk.close();
    }
  });

  it('says once, not at every frame, that a foreign code alone is not a TUMO badge', async () => {
    const kiosk = await kioskSeeing([{ text: POSTER_URL, size: 300 }]);
    try {
      await waitForResults(kiosk.page, (results) => results.length > 0, 30_000);
      await waitForDecodedFrames(kiosk.page, 10);
      expect(await shownResults(kiosk.page)).toMatchObject([{ outcome: 'unreadable' }]);
      expect(await kioskEvents(kiosk.page)).toEqual([]);
    } finally {
      await kiosk.close();
    }
  });

  it('asks the learner to tilt a badge that it sees but cannot read (glare), once', async () => {
    const kiosk = await kioskSeeing([{ text: learner.token, glare: true }]);
    try {
      await waitForResults(kiosk.page, (results) => results.length > 0, 30_000);
      // Said while the hint is shown (on a loaded machine ten more frames can outlast it).
      await expect.poll(() => announcement(kiosk.page)).toContain(HINT);
      await waitForDecodedFrames(kiosk.page, 10);
      expect(await shownResults(kiosk.page)).toEqual([
        expect.objectContaining({ outcome: 'hint', title: HINT }),
      ]);
      expect(await kioskEvents(kiosk.page)).toEqual([]);
    } finally {
      await kiosk.close();
    }
  });

  it('grabs camera frames off the main thread', async () => {
    const kiosk = await kioskSeeing([{ text: learner.token }], {}, [countMainThreadGrabs]);
    try {
      await waitForResults(kiosk.page, (results) => results.length > 0, 30_000);
      await waitForDecodedFrames(kiosk.page, 5);
      expect(await mainThreadGrabs(kiosk.page)).toBe(0);
      expect(await kioskEvents(kiosk.page)).toMatchObject([{ learnerId: learner.learner.id }]);
    } finally {
      await kiosk.close();
    }
  });

  it('still reads badges where MediaStreamTrackProcessor is missing', async () => {
    const kiosk = await kioskSeeing([{ text: learner.token }], {}, [
      () => {
        delete (window as { MediaStreamTrackProcessor?: unknown }).MediaStreamTrackProcessor;
      },
      countMainThreadGrabs,
    ]);
    try {
      const [first] = await waitForResults(kiosk.page, (results) => results.length > 0, 30_000);
      expect(first).toMatchObject({ outcome: 'welcome' });
      // The main thread grabs the frames instead.
      expect(await mainThreadGrabs(kiosk.page)).toBeGreaterThan(0);
    } finally {
      await kiosk.close();
    }
  });

  it('slows down when nothing changes in view, and a scanner key wakes it', async () => {
    const kiosk = await kioskSeeing([], {}, [recordActivity, recordFrameRates]);
    try {
      await kiosk.page.waitForSelector('video[data-activity="idle"]', { timeout: 30_000 });
      // The camera itself delivers fewer frames: less to copy, decode and paint.
      expect(await trackFrameRate(kiosk.page)).toBeLessThanOrEqual(5);
      await scanKeys(kiosk.page, usKeys(learner.token));
      expect((await nextResult(kiosk.page, 0, 60_000))?.outcome).toBe('welcome');
      // Awake for a few seconds only (the scene stays empty), and maybe while the card covers
      // the video: read the recorded history rather than hope to catch the moment.
      await expect
        .poll(() => kiosk.page.evaluate(() => (window.__activity ?? []).join(' ')), {
          timeout: 60_000,
        })
        .toMatch(/idle active/);
      // And the camera was asked for, and gave, its full frame rate again.
      await expect
        .poll(() => kiosk.page.evaluate(() => Math.max(0, ...(window.__frameRates ?? []))), {
          timeout: 60_000,
        })
        .toBeGreaterThan(5);
    } finally {
      await kiosk.close();
    }
  });

  it('wakes on motion: a badge held up after a still scene is read', async () => {
    // 8 s loop: an empty scene for 6 s (the camera slows down), then the badge for 2 s.
    const kiosk = await kioskSeeing([{ text: learner.token, from: 6 }], { seconds: 8, fps: 2 }, [
      recordActivity,
    ]);
    try {
      const [first] = await waitForResults(kiosk.page, (results) => results.length > 0, 60_000);
      expect(first).toMatchObject({ outcome: 'welcome' });
      const activity = await kiosk.page.evaluate(() => window.__activity ?? []);
      // Idle before the badge came, and awake again without any key.
      expect(activity.join(' ')).toMatch(/idle active/);
    } finally {
      await kiosk.close();
    }
  });

  it('reads nothing from a camera that shows no badge, and the scanner still works', async () => {
    const video = join(dir, 'blank.y4m');
    await makeBlankY4m(video);
    const kiosk = await openKiosk(baseUrl, { camera: { video } });
    try {
      await kiosk.page.waitForSelector('[data-camera="live"]', { timeout: 15_000 });
      await cameraFrames(kiosk.page, 20);
      expect(await currentSerial(kiosk.page)).toBe(0);
      await scanKeys(kiosk.page, usKeys(learner.token));
      expect(await nextResult(kiosk.page, 0)).toMatchObject({ outcome: 'welcome', serial: 1 });
    } finally {
      await kiosk.close();
    }
  });

  it('tells staff when the camera is denied or missing, and the scanner still checks in', async () => {
    for (const camera of ['deny', 'none'] as const) {
      const kiosk = await openKiosk(baseUrl, { camera });
      try {
        const note = kiosk.page.locator('.checkin__staff-note');
        await note.waitFor({ timeout: 15_000 });
        expect(await note.textContent()).toMatch(
          camera === 'deny' ? /Caméra refusée/ : /Aucune caméra/,
        );
        expect(await note.textContent()).toContain('lecteur de badges fonctionne toujours');
        await scanKeys(kiosk.page, usKeys(learner.token));
        expect((await nextResult(kiosk.page, 0))?.outcome).toBe('welcome');
      } finally {
        await kiosk.close();
      }
    }
  });
});

declare global {
  interface Window {
    __mainThreadGrabs?: number;
    __activity?: string[];
    __frameRates?: number[];
  }
}

/** Init script: counts createImageBitmap calls on a <video> in the page's main thread. */
function countMainThreadGrabs(): void {
  const original = window.createImageBitmap.bind(window);
  window.__mainThreadGrabs = 0;
  window.createImageBitmap = ((source: ImageBitmapSource, ...rest: never[]) => {
    if (source instanceof HTMLVideoElement) window.__mainThreadGrabs! += 1;
    return original(source, ...rest);
  }) as typeof window.createImageBitmap;
}

function mainThreadGrabs(page: Page): Promise<number> {
  return page.evaluate(() => window.__mainThreadGrabs ?? -1);
}

/** Init script: records each change of the camera's data-activity, in order. */
function recordActivity(): void {
  const seen: string[] = [];
  window.__activity = seen;
  new MutationObserver(() => {
    const now = document.querySelector('video')?.dataset.activity;
    if (now !== undefined && now !== seen.at(-1)) seen.push(now);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-activity'] });
}

/**
 * Init script: after each change of the camera's constraints, records the frame rate the track
 * then delivers at.
 */
function recordFrameRates(): void {
  const rates: number[] = [];
  window.__frameRates = rates;
  const apply = MediaStreamTrack.prototype.applyConstraints;
  MediaStreamTrack.prototype.applyConstraints = async function (this: MediaStreamTrack, c) {
    await apply.call(this, c);
    rates.push(this.getSettings().frameRate ?? NaN);
  };
}

function trackFrameRate(page: Page): Promise<number> {
  return page.evaluate(() => {
    const stream = document.querySelector('video')?.srcObject as MediaStream | null;
    return stream?.getVideoTracks()[0]?.getSettings().frameRate ?? NaN;
  });
}
