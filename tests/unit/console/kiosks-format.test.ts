// The Kiosks screen's words: the clock's offset, the last failure, a server address kiosks
// cannot reach.
import { describe, expect, it } from 'vitest';
import type { ConsoleHeartbeat, ConsoleKiosk } from '../../../shared/console-kiosks';
import type { KioskHeartbeat } from '../../../shared/sync-protocol';
import {
  clockWords,
  crashWords,
  isLoopback,
  lastErrorWords,
} from '../../../renderer/console/kiosks/format';
import { translatorFor } from '../../../renderer/i18n';

const t = translatorFor('fr');
const NOW = Date.UTC(2025, 2, 10, 13);

describe('kiosk row words', () => {
  it('tells the clock on time, ahead or behind, in seconds then minutes', () => {
    expect(clockWords(null, t)).toBe('Inconnu');
    expect(clockWords(-1999, t)).toBe('À l’heure');
    expect(clockWords(95_000, t)).toBe('En avance de 95 secondes');
    expect(clockWords(-1000 * 60 * 7.4, t)).toBe('En retard de 7 minutes');
  });

  it('tells the last failure with its time, none, or unknown without a heartbeat', () => {
    /** undefined: no heartbeat yet. */
    const kiosk = (lastError?: KioskHeartbeat['lastError']) =>
      ({ heartbeat: lastError === undefined ? null : { lastError } }) as ConsoleKiosk;
    expect(lastErrorWords(kiosk(undefined), NOW, t, 'fr')).toBe('Inconnu');
    expect(lastErrorWords(kiosk(null), NOW, t, 'fr')).toBe('Aucune');
    const failed = kiosk({ problem: 'offline', detail: 'x', at: Date.UTC(2025, 2, 10, 12, 5) });
    expect(lastErrorWords(failed, NOW, t, 'fr')).toBe('Serveur injoignable (13:05)');
    const yesterday = kiosk({ problem: 'server', detail: 'x', at: Date.UTC(2025, 2, 9, 12, 5) });
    expect(lastErrorWords(yesterday, NOW, t, 'fr')).toMatch(/^Erreur du serveur \(.*09.* 13:05\)$/);
  });

  it('tells the crashes, with the last one’s time', () => {
    const heartbeat = (crashes: number, lastCrashAt: number | null) =>
      ({ crashes, lastCrashAt }) as ConsoleHeartbeat;
    expect(crashWords(heartbeat(0, null), NOW, t, 'fr')).toBe('0 redémarrage');
    expect(crashWords(heartbeat(3, Date.UTC(2025, 2, 10, 7, 30)), NOW, t, 'fr')).toBe(
      '3 redémarrages (dernier\u202f: 08:30)',
    );
  });

  it('knows the addresses only the server itself can reach', () => {
    for (const url of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787']) {
      expect(isLoopback(url), url).toBe(true);
    }
    for (const url of ['http://192.168.1.20:8787', 'https://accueil.tumo.be', 'nonsense']) {
      expect(isLoopback(url), url).toBe(false);
    }
  });
});
