// Admin screens refuse reception staff: the shell's section view and the settings section itself,
// rendered on the server (no DOM needed) for a reception member and for an admin.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { KioskBridge } from '../../../shared/bridge';
import type { StaffMember } from '../../../shared/types';
import { SettingsSection } from '../../../renderer/admin/settings/SettingsSection';
import { KioskDatabase } from '../../../renderer/db/schema';
import { SectionView } from '../../../renderer/app/StaffShell';

const pin = { algorithm: 'PBKDF2-SHA256', iterations: 600_000, salt: '', hash: '' } as const;
const reception: StaffMember = { id: 'S2', name: 'Sam', role: 'reception', active: true, pin };
const admin: StaffMember = { ...reception, id: 'S1', name: 'Nadia', role: 'admin' };
const bridge = {} as KioskBridge;
const db = new KioskDatabase('guard-never-opened');
const REFUSAL = 'Cette section est réservée aux administrateurs';

describe('admin screens', () => {
  it('refuse reception staff, in the shell and in the settings section', () => {
    const viaShell = renderToString(
      createElement(SectionView, { section: 'settings', db, staff: reception, bridge }),
    );
    expect(viaShell).toContain(REFUSAL);
    const direct = renderToString(createElement(SettingsSection, { db, staff: reception, bridge }));
    expect(direct).toContain(REFUSAL);
    expect(direct).not.toContain('Réglages du poste');
  });

  it('open for an admin', () => {
    const html = renderToString(createElement(SettingsSection, { db, staff: admin, bridge }));
    expect(html).not.toContain(REFUSAL);
    expect(html).toContain('Réglages et personnel');
  });
});
