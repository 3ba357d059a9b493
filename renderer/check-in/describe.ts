// From a scan result to what the learner sees and hears, in the learner's language when known.
import { formatClock } from '../../shared/time';
import type { LanguageCode } from '../../shared/types';
import { translate } from '../i18n';
import type { ScanResult } from './recordScan';

export type Tone = 'success' | 'info' | 'problem';

export interface ResultView {
  tone: Tone;
  title: string;
  detail: string;
  language: LanguageCode;
}

/** What the screen shows: a scan's result, or the camera's hint about a code it cannot read. */
export type Feedback = ScanResult | { outcome: 'hint' };

export function describeResult(result: Feedback, uiLanguage: LanguageCode): ResultView {
  switch (result.outcome) {
    case 'welcome':
    case 'goodbye':
    case 'already-in':
    case 'already-out': {
      const language = result.learner.language ?? uiLanguage;
      const time = formatClock('at' in result ? result.at : result.since);
      const params = { name: result.learner.firstName, time };
      return {
        tone: result.outcome === 'welcome' || result.outcome === 'goodbye' ? 'success' : 'info',
        title: translate(language, `result.${result.outcome}.title`, params),
        detail: translate(language, `result.${result.outcome}.detail`, params),
        language,
      };
    }
    // Refusals, and the hint: the learner has something to do.
    default:
      return {
        tone: 'problem',
        title: translate(uiLanguage, `result.${result.outcome}.title`),
        detail: translate(uiLanguage, `result.${result.outcome}.detail`),
        language: uiLanguage,
      };
  }
}

/** How long a card stays before the screen returns to its idle state. */
export function displayMs(tone: Tone): number {
  return tone === 'problem' ? 7_000 : 4_000;
}
