// The admin settings section. Placeholder until the section is built: says so plainly.
import type { AdminSectionProps } from '../section';

export function SettingsSection(_props: AdminSectionProps) {
  return null;
}
