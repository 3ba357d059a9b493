// The admin badges section. Placeholder until the section is built: says so plainly.
import type { AdminSectionProps } from '../section';

export function BadgesSection(_props: AdminSectionProps) {
  return null;
}
