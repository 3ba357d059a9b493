// The signed-in staff screens: reception for everyone, the admin sections for admins only.
import { useState } from 'react';
import type { KioskBridge } from '../../shared/bridge';
import type { StaffMember } from '../../shared/types';
import { BadgesSection } from '../admin/badges/BadgesSection';
import { ExportsSection } from '../admin/exports/ExportsSection';
import { ReportsSection } from '../admin/reports/ReportsSection';
import { RosterSection } from '../admin/roster/RosterSection';
import { SettingsSection } from '../admin/settings/SettingsSection';
import type { KioskDatabase } from '../db/schema';
import { useI18n } from '../i18n';
import { SyncSection } from '../admin/sync/SyncSection';
import { ReceptionScreen } from '../staff/reception/ReceptionScreen';
import type { StaffScan } from '../staff/scans/useStaffScans';

type Section = 'reception' | 'roster' | 'badges' | 'exports' | 'reports' | 'settings' | 'sync';
const ADMIN_SECTIONS: Section[] = ['roster', 'badges', 'exports', 'reports', 'settings', 'sync'];

export function StaffShell(props: {
  db: KioskDatabase;
  staff: StaffMember;
  bridge: KioskBridge;
  /** The latest badge scanned in staff mode: reception shows that learner's row. */
  scan: StaffScan | null;
}) {
  const { db, staff, bridge, scan } = props;
  const { t } = useI18n();
  const [section, setSection] = useState<Section>('reception');
  const sections: Section[] =
    staff.role === 'admin' ? ['reception', ...ADMIN_SECTIONS] : ['reception'];

  return (
    <div className="shell">
      {sections.length > 1 && (
        <nav className="shell__nav" aria-label={t('nav.label')}>
          {sections.map((name) => (
            <button
              key={name}
              type="button"
              className="button"
              aria-current={section === name ? 'page' : undefined}
              onClick={() => setSection(name)}
            >
              {t(`nav.${name}`)}
            </button>
          ))}
        </nav>
      )}
      <div className="shell__body">
        <SectionView section={section} db={db} staff={staff} bridge={bridge} scan={scan} />
      </div>
    </div>
  );
}

/** Admin sections refuse anyone else, whatever led there: the check is here, not in the menu. */
export function SectionView(props: {
  section: Section;
  db: KioskDatabase;
  staff: StaffMember;
  bridge: KioskBridge;
  scan?: StaffScan | null;
}) {
  const { section, scan = null, ...rest } = props;
  const { t } = useI18n();
  if (section === 'reception') return <ReceptionScreen {...rest} scan={scan} />;
  if (rest.staff.role !== 'admin') {
    return (
      <p className="staff__problem" role="alert">
        {t('admin.only')}
      </p>
    );
  }
  switch (section) {
    case 'roster':
      return <RosterSection {...rest} />;
    case 'badges':
      return <BadgesSection {...rest} />;
    case 'exports':
      return <ExportsSection {...rest} />;
    case 'reports':
      return <ReportsSection {...rest} />;
    case 'settings':
      return <SettingsSection {...rest} />;
    case 'sync':
      return <SyncSection {...rest} />;
  }
}
