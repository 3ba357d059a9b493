// The admin reports section. Placeholder until the section is built: says so plainly.
import type { AdminSectionProps } from '../section';

export function ReportsSection(_props: AdminSectionProps) {
  return null;
}
