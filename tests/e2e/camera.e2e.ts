// Real camera scanning: Chromium's fake webcam plays a y4m made from a generated badge; the
// kiosk decodes it with zxing-wasm in its worker and checks the learner in, once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { makeBadgeY4m, makeBlankY4m } from '../fixtures/badge-video';
import {
  announcement,
  cameraFrames,
  currentSerial,
  kioskEvents,
  openKiosk,
  scanKeys,
  usKeys,
  nextResult,
  type Kiosk,
} from './support/kiosk';

const baseUrl = inject('baseUrl');
const learner = demoLearners()[14]!; // no preferred language: greeted in French

describe('camera', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accueil-video-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('checks in the learner whose badge is held to the camera, once, however long it is held', async () => {
    const video = join(dir, 'badge.y4m');
    await makeBadgeY4m(learner.token, video);
    const kiosk: Kiosk = await openKiosk(baseUrl, { camera: { video } });
    try {
      const shown = await nextResult(kiosk.page, 0, 20_000);
      expect(shown).toMatchObject({
        outcome: 'welcome',
        title: `Bonjour ${learner.learner.firstName}\u202f!`,
      });
      expect(await announcement(kiosk.page)).toContain(learner.learner.firstName);
      // The badge stays in front of the camera for 50 more frames, 5 s of the looping 10 fps
      // clip: still one result, one event.
      await cameraFrames(kiosk.page, 50);
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
