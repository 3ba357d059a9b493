// Why the kiosk refused a staff or settings change, in the admin's language.
import type { Translate } from '../../i18n';
import type { Refusal } from './actions';

export function refusalText(t: Translate, refusal: Refusal): string {
  switch (refusal) {
    case 'not-admin':
      return t('settings.refused.not-admin');
    case 'self':
    case 'last-admin':
    case 'duplicate':
    case 'missing':
    case 'name':
      return t(`settings.staff.refused.${refusal}`);
    default:
      // The new-PIN policy's own messages, the same as at first start.
      return t(`staff.pin.${refusal}`);
  }
}
