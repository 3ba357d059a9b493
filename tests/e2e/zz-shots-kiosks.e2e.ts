import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { makeSceneY4m } from '../fixtures/badge-video';
import { openKiosk } from './support/kiosk';
import { signInAsFirstAdmin } from './support/staff';

it('shots', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'shots-'));
  const video = join(dir, 'b.y4m');
  await makeSceneY4m(video, [{ text: demoLearners()[3]!.token }]);
  const kiosk = await openKiosk(inject('baseUrl'), { camera: { video } });
  const { page } = kiosk;
  await signInAsFirstAdmin(page, 'Synchronisation');
  for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `/tmp/kiosks-shots/sync-${size.width}.png` });
  }
  await page.getByRole('button', { name: 'Scanner le code' }).click();
  await page.getByText('Ce code n’est pas un code de liaison', { exact: false }).waitFor({ timeout: 30000 });
  for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `/tmp/kiosks-shots/scan-${size.width}.png` });
  }
  expect(1).toBe(1);
  await kiosk.close();
});
