// Names of the longest length the roster import accepts, in the shapes that break layouts: many
// words, one unbroken word of the widest capital, accents, a long name beside a short one.
import { MAX_IMPORT_NAME_LENGTH } from '../../../shared/roster-import';

/** `text` repeated (a space between) and cut to exactly the longest accepted length. */
function longest(text: string): string {
  const repeated = Array.from({ length: MAX_IMPORT_NAME_LENGTH }, () => text).join(' ');
  return repeated.slice(0, MAX_IMPORT_NAME_LENGTH).trimEnd().padEnd(MAX_IMPORT_NAME_LENGTH, 'x');
}

export interface LongName {
  firstName: string;
  lastName: string;
}

export const LONG_NAMES: readonly LongName[] = [
  {
    firstName: longest('Marie-Charlotte Anne-Sophie'),
    lastName: longest('Van den Bossche-Dubois de la Motte'),
  },
  { firstName: 'W'.repeat(MAX_IMPORT_NAME_LENGTH), lastName: 'M'.repeat(MAX_IMPORT_NAME_LENGTH) },
  { firstName: 'Léa', lastName: longest('Öztürk-Ğüneş Ærøskøbing') },
  { firstName: longest('Zoé'), lastName: 'Li' },
];
