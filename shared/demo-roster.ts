// A deterministic demo roster: the browser build seeds it into an empty database so a new user
// sees the product at once, and the tests and benchmarks know its badge tokens in advance.
import { generateToken } from './badge';
import type { KioskEvent, LanguageCode, Learner } from './types';
import { uuidv7 } from './uuid';

export const DEMO_KIOSK_ID = 'demo-roster';

/** mulberry32: a tiny seeded PRNG; deterministic, not for secrets. */
export function seededBytes(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
    }
    return out;
  };
}

const FIRST = [
  'Léa',
  'Noah',
  'Inès',
  'Lucas',
  'Amira',
  'Mathis',
  'Zoé',
  'Yanis',
  'Chloé',
  'Ilyes',
  'Manon',
  'Elias',
  'Sofia',
  'Arthur',
  'Nour',
  'Hugo',
  'Lina',
  'Adam',
  'Emma',
  'Rayan',
];
const LAST = [
  'Dubois',
  'Lambert',
  'Janssens',
  'Peeters',
  'Maes',
  'Renard',
  'Mertens',
  'Leroy',
  'Jacobs',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'Dupont',
  'Martin',
  'El Amrani',
];
const GROUPS = ['animation', 'programmation', 'musique', 'jeux vidéo', 'robotique', 'dessin'];
const LANGS: (LanguageCode | null)[] = [null, null, null, 'fr', 'nl', 'de', 'en'];

export interface DemoLearner {
  learner: Learner;
  /** The badge that works. */
  token: string;
  /** An earlier badge that was revoked, for learners that have one. */
  revokedToken?: string;
}

/**
 * `count` learners. The second-to-last is archived and the last has a revoked earlier badge, so
 * every scan outcome can be tried by hand.
 */
export function demoLearners(count = 40, seed = 2026, idPrefix = 'L'): DemoLearner[] {
  const random = seededBytes(seed);
  return Array.from({ length: count }, (_, i) => {
    const learner: Learner = {
      id: `${idPrefix}${String(i + 1).padStart(5, '0')}`,
      firstName: FIRST[i % FIRST.length]!,
      lastName: LAST[(i * 7) % LAST.length]!,
      groups: [GROUPS[i % GROUPS.length]!],
      language: LANGS[i % LANGS.length]!,
      status: count > 2 && i === count - 2 ? 'archived' : 'active',
    };
    const token = generateToken(random);
    const demo: DemoLearner = { learner, token };
    if (count > 2 && i === count - 1) demo.revokedToken = generateToken(random);
    return demo;
  });
}

/** The roster as events from a pseudo-kiosk, ready for storeReceivedEvents. */
export function demoRosterEvents(
  learners: readonly DemoLearner[],
  at: number,
  kioskId = DEMO_KIOSK_ID,
): KioskEvent[] {
  const random = seededBytes(at % 2 ** 31);
  const events: KioskEvent[] = [];
  const envelope = () => ({
    id: uuidv7(at, random),
    kioskId,
    seq: events.length + 1,
    at,
    actor: { kind: 'kiosk' } as const,
  });
  for (const { learner, token, revokedToken } of learners) {
    events.push({ ...envelope(), type: 'learner-upserted', learner });
    if (revokedToken) {
      events.push({
        ...envelope(),
        type: 'badge-issued',
        learnerId: learner.id,
        token: revokedToken,
      });
      events.push({
        ...envelope(),
        type: 'badge-revoked',
        learnerId: learner.id,
        token: revokedToken,
      });
    }
    events.push({ ...envelope(), type: 'badge-issued', learnerId: learner.id, token });
  }
  return events;
}
