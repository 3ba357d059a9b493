import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kioskPresence } from '../../../shared/console-kiosks';

const NOW = Date.UTC(2025, 2, 10, 9);
const LIMIT = 10 * 60_000;
const active = (lastSeenAt: number | null, enrolledAt = NOW - 3_600_000) => ({
  state: 'active' as const,
  lastSeenAt,
  enrolledAt,
});

describe('kiosk presence', () => {
  it('is online up to the limit since last heard from, silent after', () => {
    expect(kioskPresence(active(NOW - LIMIT), NOW, LIMIT)).toBe('online');
    expect(kioskPresence(active(NOW - LIMIT - 1), NOW, LIMIT)).toBe('silent');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * LIMIT }), (ago) => {
        expect(kioskPresence(active(NOW - ago), NOW, LIMIT)).toBe(
          ago <= LIMIT ? 'online' : 'silent',
        );
      }),
    );
  });

  it('counts from the enrolment for a kiosk that never synced', () => {
    expect(kioskPresence(active(null, NOW - 60_000), NOW, LIMIT)).toBe('online');
    expect(kioskPresence(active(null, NOW - LIMIT - 1), NOW, LIMIT)).toBe('silent');
  });

  it('never flags a code waiting to be used, nor a revoked kiosk', () => {
    const base = { lastSeenAt: null, enrolledAt: null };
    expect(kioskPresence({ ...base, state: 'awaiting-enrolment' }, NOW, LIMIT)).toBe('waiting');
    expect(kioskPresence({ ...active(0), state: 'revoked' }, NOW, LIMIT)).toBe('revoked');
  });
});
