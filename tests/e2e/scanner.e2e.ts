// The USB scanner path, end to end in Chromium against the built renderer.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import {
  currentSerial,
  kioskEvents,
  nextResult,
  openKiosk,
  scanKeys,
  usKeys,
  type Kiosk,
  type KeyStroke,
} from './support/kiosk';

const baseUrl = inject('baseUrl');
const roster = demoLearners();
const lea = roster[0]!;

describe('USB scanner', () => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
  });
  afterAll(() => kiosk.close());

  it('greets a learner scanned at scanner speed and stores exactly one event', async () => {
    const { page } = kiosk;
    expect(lea.learner.firstName).toBe('Léa');
    const before = await currentSerial(page);
    await scanKeys(page, usKeys(lea.token));
    const shown = await nextResult(page, before);
    expect(shown).toMatchObject({ outcome: 'welcome', title: 'Bonjour Léa\u202f!' });

    const events = await kioskEvents(page);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'check-in',
      learnerId: lea.learner.id,
      method: 'scanner',
      token: lea.token,
      seq: 1,
    });
  });

  it('answers "already" to a second scan within the cool-down and writes nothing', async () => {
    const { page } = kiosk;
    const before = await currentSerial(page);
    await scanKeys(page, usKeys(lea.token.toLowerCase()));
    const shown = await nextResult(page, before);
    expect(shown?.outcome).toBe('already-in');
    expect(shown?.title).toContain('Léa');
    expect(await kioskEvents(page)).toHaveLength(1);
  });

  it('checks in a token typed by a US-layout scanner into a Belgian AZERTY host with Caps Lock on', async () => {
    const { page } = kiosk;
    const learner = roster[1]!;
    // Physical US key codes; the AZERTY host with Caps Lock inverts the scanner's Shift: lower case.
    const keys: KeyStroke[] = [...learner.token].map((c) => ({
      key: azertyKey(`Key${c}`).toLowerCase(),
      code: `Key${c}`,
    }));
    expect(keys.map((k) => k.key).join('')).not.toBe(learner.token);
    const before = await currentSerial(page);
    await scanKeys(page, keys);
    expect((await nextResult(page, before))?.outcome).toBe('welcome');
    const events = await kioskEvents(page);
    expect(
      events.filter((e) => e.learnerId === learner.learner.id && e.type === 'check-in'),
    ).toHaveLength(1);
  });

  it('rebuilds a token from the key codes when the host layout garbles every character', async () => {
    const { page } = kiosk;
    const learner = roster[2]!;
    // A Dvorak host: the physical US keys produce other letters and punctuation.
    const keys: KeyStroke[] = [...learner.token].map((c) => ({
      key: dvorakKey(`Key${c}`),
      code: `Key${c}`,
    }));
    const before = await currentSerial(page);
    await scanKeys(page, keys, 'Tab');
    expect((await nextResult(page, before))?.outcome).toBe('welcome');
    const events = await kioskEvents(page);
    expect(events.filter((e) => e.learnerId === learner.learner.id)).toHaveLength(1);
  });

  it('ignores a human typing slowly on a keyboard', async () => {
    const { page } = kiosk;
    const learner = roster[3]!;
    const next = roster[4]!;
    const before = await currentSerial(page);
    // A person: a key every 120 ms, by the keys' own time stamps.
    await scanKeys(page, usKeys(learner.token), 'Enter', 120);
    // A real scan after it: the first result after the typing is the scan's, so the typing
    // showed none.
    await scanKeys(page, usKeys(next.token));
    expect(await nextResult(page, before)).toMatchObject({
      outcome: 'welcome',
      serial: before + 1,
      title: expect.stringContaining(next.learner.firstName),
    });
    expect(
      (await kioskEvents(page)).filter((e) => e.learnerId === learner.learner.id),
    ).toHaveLength(0);
  });

  it('refuses a revoked badge and an archived learner, writing nothing', async () => {
    const { page } = kiosk;
    const archived = roster.find((d) => d.learner.status === 'archived')!;
    const replaced = roster.find((d) => d.revokedToken)!;
    const count = (await kioskEvents(page)).length;

    let before = await currentSerial(page);
    await scanKeys(page, usKeys(replaced.revokedToken!));
    expect((await nextResult(page, before))?.outcome).toBe('revoked');

    before = await currentSerial(page);
    await scanKeys(page, usKeys(archived.token));
    expect((await nextResult(page, before))?.outcome).toBe('archived');

    expect(await kioskEvents(page)).toHaveLength(count);
  });
});

/** Belgian AZERTY: what the host types for each US physical letter key. */
function azertyKey(code: string): string {
  const swaps: Record<string, string> = { KeyA: 'Q', KeyQ: 'A', KeyW: 'Z', KeyZ: 'W', KeyM: ',' };
  return swaps[code] ?? code.slice(3);
}

/** US Dvorak: what the host types for each US physical letter key. */
function dvorakKey(code: string): string {
  const qwerty = 'qwertyuiopasdfghjkl;zxcvbnm';
  const dvorak = "',.pyfgcrlaoeuidhtns;qjkxbm";
  const letter = code.slice(3).toLowerCase();
  return dvorak[qwerty.indexOf(letter)] ?? '?';
}
