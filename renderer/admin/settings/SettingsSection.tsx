// The admin settings section: the kiosk's settings form, then the staff list.
import { useI18n } from '../../i18n';
import type { AdminSectionProps } from '../section';
import { KioskSettingsPanel } from './KioskSettingsPanel';
import { StaffPanel } from './StaffPanel';
import './settings.css';

export function SettingsSection(props: AdminSectionProps) {
  const { t } = useI18n();
  // The shell refuses non-admins already; this screen refuses too, whatever led here.
  if (props.staff.role !== 'admin') {
    return (
      <p className="staff__problem" role="alert">
        {t('admin.only')}
      </p>
    );
  }
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <KioskSettingsPanel {...props} />
      <StaffPanel {...props} />
    </section>
  );
}
