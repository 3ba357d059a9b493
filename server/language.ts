// The admin's language for a server answer meant for people (a roster upload's explanations).
import { LANGUAGES, type LanguageCode } from '../shared/types';

/**
 * The admin's language from an Accept-Language header ("nl-BE,nl;q=0.9,en;q=0.8"): the first of
 * ours by preference, French (the centre's language) when none is.
 */
export function languageFromHeader(header: string | undefined): LanguageCode {
  const ranked = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return {
        language: tag.trim().slice(0, 2).toLowerCase(),
        q: q === undefined ? 1 : Number(q),
        order,
      };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  const found = ranked.find((entry) => (LANGUAGES as readonly string[]).includes(entry.language));
  return (found?.language as LanguageCode | undefined) ?? 'fr';
}
