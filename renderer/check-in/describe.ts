// From a scan result to what the learner sees and hears, in the learner's language when known.
// Every outcome belongs to one category, which sets the card's colour, icon, sound, action line
// and duration: adding an outcome is one line in CATEGORIES and its words in the dictionaries.
import { wishFor } from '../../shared/greeting';
import { formatClock } from '../../shared/time';
import type { KioskMode, LanguageCode } from '../../shared/types';
import { translate, type PlainMessageKey } from '../i18n';
import type { ScanResult } from '../db/recordScan';

export type Category = 'arrival' | 'departure' | 'info' | 'retry' | 'reception' | 'error';

export const CATEGORIES: Record<Feedback['outcome'], Category> = {
  welcome: 'arrival',
  goodbye: 'departure',
  'already-in': 'info',
  'already-out': 'info',
  unreadable: 'retry',
  hint: 'retry',
  unknown: 'reception',
  revoked: 'reception',
  archived: 'reception',
  error: 'error',
};

/** What to do next, in words, for the categories where the learner has something to do. */
const ACTIONS: Partial<Record<Category, PlainMessageKey>> = {
  retry: 'result.action.retry',
  reception: 'result.action.reception',
  // Nothing was stored: trying again is the first thing to do (the detail says what if not).
  error: 'result.action.retry',
};

export interface ResultView {
  category: Category;
  /** The whole title, as announced. */
  title: string;
  /** The title around the learner's first name, which the card draws largest. */
  name: { before: string; name: string; after: string } | null;
  detail: string;
  action: string | null;
  language: LanguageCode;
}

/** What the screen shows: a scan's result, or the camera's hint about a code it cannot read. */
export type Feedback = ScanResult | { outcome: 'hint' };

export interface DescribeContext {
  /** The screen's language, for learners without one of their own and for refusals. */
  language: LanguageCode;
  mode: KioskMode;
  /** When the scan was made: the arrivals-only wish depends on the time of day. */
  now: number;
}

// Stands for the name while the title is translated, so the name can be cut out of it.
const NAME_MARK = '\u0000';

export function describeResult(result: Feedback, context: DescribeContext): ResultView {
  const category = CATEGORIES[result.outcome];
  const action = ACTIONS[category];
  const base = { category, action: action ? translate(context.language, action) : null };
  switch (result.outcome) {
    case 'welcome':
    case 'goodbye':
    case 'already-in':
    case 'already-out': {
      const language = result.learner.language ?? context.language;
      const time = formatClock('at' in result ? result.at : result.since);
      const name = result.learner.firstName;
      // In arrivals-only mode a later scan is no mistake (often a learner leaving): it gets the
      // arrival time and a wish rather than "you are already here".
      const titleKey =
        result.outcome === 'already-in' && context.mode === 'check-in-only'
          ? (`result.repeat.${wishFor(context.now)}.title` as const)
          : (`result.${result.outcome}.title` as const);
      const [before = '', after = ''] = translate(language, titleKey, { name: NAME_MARK }).split(
        NAME_MARK,
      );
      return {
        ...base,
        title: before + name + after,
        name: { before, name, after },
        detail: translate(language, `result.${result.outcome}.detail`, { time }),
        language,
      };
    }
    // Refusals, and the hint: the learner has something to do.
    default:
      return {
        ...base,
        title: translate(context.language, `result.${result.outcome}.title`),
        name: null,
        detail: translate(context.language, `result.${result.outcome}.detail`),
        language: context.language,
      };
  }
}

/** How long a card stays when no other waits: long enough to read what to do. */
export function displayMs(category: Category): number {
  return ACTIONS[category] ? 7_000 : 4_000;
}
