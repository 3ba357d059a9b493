import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/types';
import { validateEvent } from '../../../shared/validate';
import { translatorFor } from '../../../renderer/i18n';
import { describeSync } from '../../../renderer/sync/describe';
import { INITIAL_MARKS, INITIAL_STATUS, type SyncState } from '../../../renderer/sync/state';

const NOW = Date.UTC(2026, 10, 25, 13, 2);
const server = { url: 'https://sync.example', name: 'Hall', enrolledAt: NOW - 86_400_000 };

type StateChange = Partial<Omit<SyncState, 'status'>> & { status?: Partial<SyncState['status']> };

function state(change: StateChange): SyncState {
  return {
    server,
    marks: INITIAL_MARKS,
    pending: 0,
    ...change,
    status: { ...INITIAL_STATUS, lastSyncAt: NOW - 60_000, ...change.status },
  };
}

describe('sync status in words', () => {
  const t = translatorFor('fr');

  it('says synced, pending, or what went wrong and what to do', () => {
    expect(describeSync(state({}), NOW, t, 'fr')).toMatchObject({
      tone: 'ok',
      dot: 'sync.dot.synced',
    });
    expect(describeSync(state({ pending: 3 }), NOW, t, 'fr').headline).toBe(
      '3 évènements en attente d’envoi au serveur.',
    );
    const offline = describeSync(
      state({ pending: 2, status: { problem: 'offline', offlineSince: NOW - 3_600_000 } }),
      NOW,
      t,
      'fr',
    );
    expect(offline.tone).toBe('problem');
    expect(offline.headline).toMatch(/Vérifiez le réseau/);
    expect(offline.details.join(' ')).toMatch(/injoignable depuis 13:02/);
    expect(offline.dot).toBe('sync.dot.offline');
    const revoked = describeSync(state({ status: { problem: 'unauthorized' } }), NOW, t, 'fr');
    expect(revoked.headline).toMatch(/retiré\u202f: demandez un nouveau code/);
    expect(describeSync({ ...state({}), server: null }, NOW, t, 'fr')).toMatchObject({
      tone: 'off',
      dot: null,
    });
    expect(
      describeSync(state({ status: { phase: 'syncing', received: 1200 } }), NOW, t, 'fr').headline,
    ).toBe('Mise à jour depuis le serveur\u202f: 1\u202f200 évènements reçus.');
  });

  it('warns about clock skew above two minutes only', () => {
    const small = describeSync(state({ status: { skewMs: 119_000 } }), NOW, t, 'fr');
    expect(small.details.join(' ')).not.toMatch(/horloge/);
    const large = describeSync(state({ status: { skewMs: -7 * 60_000 } }), NOW, t, 'fr');
    expect(large.details.join(' ')).toMatch(/7 minutes d’écart/);
  });

  it('has every problem in every language', () => {
    for (const language of LANGUAGES) {
      for (const problem of INITIAL_PROBLEMS) {
        const view = describeSync(
          state({ status: { problem } }),
          NOW,
          translatorFor(language),
          language,
        );
        expect(view.headline.length, `${language} ${problem}`).toBeGreaterThan(30);
      }
    }
  });
});

const INITIAL_PROBLEMS = [
  'not-enrolled',
  'offline',
  'timeout',
  'server',
  'unauthorized',
  'protocol',
  'storage',
] as const;

describe('CheckInEvent.resolves', () => {
  const base = {
    id: '01900000-0000-7000-8000-000000000001',
    kioskId: 'kiosk-1',
    seq: 2,
    at: NOW,
    actor: { kind: 'learner', learnerId: 'L00001' },
    type: 'check-in',
    learnerId: 'L00001',
    method: 'camera',
  };
  it('is an optional uuid on check-ins only', () => {
    expect(validateEvent(base).ok).toBe(true);
    const resolves = '01900000-0000-7000-8000-000000000002';
    expect(validateEvent({ ...base, resolves })).toMatchObject({
      ok: true,
      event: { resolves },
    });
    expect(validateEvent({ ...base, resolves: 'nope' }).ok).toBe(false);
    expect(validateEvent({ ...base, type: 'check-out', resolves }).ok).toBe(false);
  });
});

describe('dates in the sync status', () => {
  it('are written in the screen’s language, never ISO', () => {
    const yesterday = state({ status: { lastSyncAt: NOW - 86_400_000 } });
    const french = describeSync(yesterday, NOW, translatorFor('fr'), 'fr').details.join(' ');
    expect(french).toContain('24/11/2026 14:02');
    const german = describeSync(yesterday, NOW, translatorFor('de'), 'de').details.join(' ');
    expect(german).toContain('24.11.2026 14:02');
    expect(french + german).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
