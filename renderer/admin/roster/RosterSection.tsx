// The admin roster section. Placeholder until the section is built: says so plainly.
import type { AdminSectionProps } from '../section';

export function RosterSection(_props: AdminSectionProps) {
  return null;
}
