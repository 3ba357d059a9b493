import type { KioskBridge } from '../../shared/bridge';
import type { StaffMember } from '../../shared/types';
import type { KioskDatabase } from '../db/schema';

/** What every admin section receives: the database, the signed-in admin, the host bridge. */
export interface AdminSectionProps {
  db: KioskDatabase;
  staff: StaffMember;
  bridge: KioskBridge;
}
