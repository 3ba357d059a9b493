// The admin exports section. Placeholder until the section is built: says so plainly.
import type { AdminSectionProps } from '../section';

export function ExportsSection(_props: AdminSectionProps) {
  return null;
}
