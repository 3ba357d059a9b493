import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  foldForSearch,
  searchLearners,
  searchLearnersCounted,
  type SearchableLearner,
} from '../../../shared/search';

const learner = (id: string, firstName: string, lastName: string): SearchableLearner => ({
  id,
  firstName,
  lastName,
});

describe('foldForSearch', () => {
  it.each([
    ['Léa', 'lea'],
    ['CHLOÉ', 'chloe'],
    ['Ilyès', 'ilyes'],
    ['Müller', 'muller'],
    ["O'Brien", 'o brien'],
    ['O’Brien', 'o brien'],
    ['  Van den   Bossche ', 'van den bossche'],
    ['Nguyễn', 'nguyen'],
    ['El-Amrani', 'el amrani'],
    ['J.-P. Dupont', 'j p dupont'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['Œuvre', 'oeuvre'],
    ['Ærø', 'aero'],
    ['Łukasz', 'lukasz'],
    ['İlkay', 'ilkay'],
    ['Le\u0301a', 'lea'],
    ['\t-\u2019 ', ''],
    ['L00042', 'l00042'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('folds a joined name like its parts joined (the index relies on it)', () => {
    const join = (a: string, b: string) => [a, b].filter((s) => s !== '').join(' ');
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('Σ', 'σ', 'ς', 'Α', "'", '\u0301', ' ', 'İ', 'ß', '-') }),
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(foldForSearch(`${a} ${b}`)).toBe(join(foldForSearch(a), foldForSearch(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = foldForSearch(text);
        expect(foldForSearch(once)).toBe(once);
      }),
    );
  });
});

describe('searchLearners', () => {
  const roster = [
    learner('L1', 'Léa', 'Dubois'),
    learner('L2', 'Léandre', 'Martin'),
    learner('L3', 'Marie', 'Lebrun'),
    learner('L4', 'Anna', 'Van Leeuwen'),
    learner('L5', 'Sean', "O'Brien"),
    learner('L6', 'Zoé', 'Van den Bossche'),
    learner('LE-7', 'Tom', 'Peeters'),
    learner('L8', 'Dubois', 'Léa'),
  ];
  const index = buildSearchIndex(roster);

  it.each([
    ['le', ['L1', 'L8', 'L3', 'L2', 'LE-7', 'L4']],
    ['LÉA', ['L1', 'L8', 'L2']],
    ['lea dubois', ['L1', 'L8']],
    ['dubois lea', ['L1', 'L8']],
    ['léa d', ['L1', 'L8']],
    ['obr', ['L5']],
    ["o'b", ['L5']],
    ['brien', ['L5']],
    ['vandenb', ['L6']],
    ['van den', ['L6']],
    ['bossche zo', ['L6']],
    ['le-7', ['LE-7']],
    ['7', ['LE-7']],
    ['zz', []],
    ['', []],
    ['  -  ', []],
  ])('finds %j as %j', (query, ids) => {
    expect(searchLearners(index, query)).toEqual(ids);
  });

  it('ranks the exact name, then name starts, then the rest, each by last then first name', () => {
    // Exact names first, whichever order they were typed in; then by last name.
    const tricky = buildSearchIndex([
      learner('A', 'Léa', 'Martin'),
      learner('B', 'Léa', 'Dubois-Martin'),
      learner('C', 'Martin', 'Léa'),
      learner('D', 'Léane', 'Martinez'),
      learner('E', 'Paul', 'Léa Martin'),
    ]);
    expect(searchLearners(tricky, 'lea martin')).toEqual(['C', 'A', 'B', 'E', 'D']);
    // "le": Van Leeuwen (an inner word) and LE-7 (the id) come after every name start.
    expect(searchLearners(index, 'le').slice(-2)).toEqual(['LE-7', 'L4']);
  });

  it('honours the limit, and the last entry for a repeated id', () => {
    expect(searchLearners(index, 'le', 2)).toEqual(['L1', 'L8']);
    expect(searchLearners(index, 'le', 0)).toEqual([]);
    expect(searchLearners(index, 'le', -3)).toEqual([]);
    expect(searchLearners(index, 'le', NaN)).toEqual([]);
    const twice = buildSearchIndex([learner('A', 'Léa', 'X'), learner('A', 'Noah', 'Y')]);
    expect(searchLearners(twice, 'lea')).toEqual([]);
    expect(searchLearners(twice, 'noah')).toEqual(['A']);
  });

  it('counts every match beyond the limit ("N more, refine the search")', () => {
    expect(searchLearnersCounted(index, 'le', 2)).toEqual({ ids: ['L1', 'L8'], total: 6 });
    expect(searchLearnersCounted(index, 'le', 50)).toEqual({
      ids: ['L1', 'L8', 'L3', 'L2', 'LE-7', 'L4'],
      total: 6,
    });
    expect(searchLearnersCounted(index, 'lea d', 1)).toEqual({ ids: ['L1'], total: 2 });
    expect(searchLearnersCounted(index, 'zz', 5)).toEqual({ ids: [], total: 0 });
    expect(searchLearnersCounted(index, '', 5)).toEqual({ ids: [], total: 0 });
    expect(searchLearnersCounted(index, 'le', 0)).toEqual({ ids: [], total: 0 });
  });
});

describe('searchLearners properties', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) }),
  );
  const anyLearner = fc.record({ id: anyText, firstName: anyText, lastName: anyText });
  const roster = fc.uniqueArray(anyLearner, { maxLength: 30, selector: (l) => l.id });

  // Names as rosters have them: letters with accents, ligatures, apostrophes, hyphens, spaces.
  const nameChar = fc.constantFrom(..."abcdeilnorsuyzAEILMNOSTéèêëàâäçîïôöùûüÿñßœæøÉÈÇÖÜ’'- .");
  const name = fc.string({ unit: nameChar, minLength: 1, maxLength: 20 });
  const realisticRoster = fc.uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 12 }), firstName: name, lastName: name }),
    { minLength: 1, maxLength: 30, selector: (l) => l.id },
  );

  it('never throws, and returns unique ids within the limit', () => {
    fc.assert(
      fc.property(roster, anyText, fc.integer({ min: -2, max: 40 }), (learners, query, limit) => {
        const results = searchLearners(buildSearchIndex(learners), query, limit);
        expect(results.length).toBeLessThanOrEqual(Math.max(0, limit));
        expect(new Set(results).size).toBe(results.length);
        const ids = new Set(learners.map((l) => l.id));
        for (const id of results) expect(ids.has(id)).toBe(true);
      }),
    );
  });

  it('counts all the matches, and shows the first of the full result up to the limit', () => {
    fc.assert(
      fc.property(roster, anyText, fc.integer({ min: 1, max: 40 }), (learners, query, limit) => {
        const index = buildSearchIndex(learners);
        const all = searchLearners(index, query, learners.length + 1);
        const counted = searchLearnersCounted(index, query, limit);
        expect(counted.total).toBe(all.length);
        expect(counted.ids).toEqual(all.slice(0, limit));
        expect(searchLearners(index, query, limit)).toEqual(counted.ids);
      }),
    );
  });

  it('finds every learner by their full name (first in rank) and by their id', () => {
    fc.assert(
      fc.property(roster, fc.nat(), (learners, pick) => {
        fc.pre(learners.length > 0);
        const index = buildSearchIndex(learners);
        const l = learners[pick % learners.length]!;
        const full = `${l.firstName} ${l.lastName}`;
        if (foldForSearch(full) !== '') {
          const results = searchLearners(index, full);
          expect(results).toContain(l.id);
          // Only other learners with the very same folded name may share the exact tier.
          const ahead = results.slice(0, results.indexOf(l.id));
          for (const id of ahead) {
            const other = learners.find((o) => o.id === id)!;
            const names = [
              foldForSearch(`${other.firstName} ${other.lastName}`),
              foldForSearch(`${other.lastName} ${other.firstName}`),
            ];
            expect(names).toContain(foldForSearch(full));
          }
        }
        if (foldForSearch(l.id) !== '') expect(searchLearners(index, l.id)).toContain(l.id);
      }),
    );
  });

  /** The same text as staff might type it: any case, accents added or dropped. */
  const variantOf = (text: string) =>
    fc
      .array(fc.constantFrom('keep', 'upper', 'lower', 'bare', 'acute', 'diaeresis', 'nfd'), {
        minLength: [...text].length,
        maxLength: [...text].length,
      })
      .map((ops) =>
        [...text]
          .map((ch, i) => {
            switch (ops[i]) {
              case 'upper':
                return ch.toUpperCase();
              case 'lower':
                return ch.toLowerCase();
              case 'bare':
                return ch.normalize('NFD').replace(/\p{M}/gu, '');
              case 'acute':
                return `${ch}\u0301`.normalize('NFC');
              case 'diaeresis':
                return `${ch}\u0308`;
              case 'nfd':
                return ch.normalize('NFD');
              default:
                return ch;
            }
          })
          .join(''),
      );

  it('finds a learner by any case or accent variant of a prefix of their first name', () => {
    const scenario = realisticRoster.chain((learners) =>
      fc.tuple(fc.nat({ max: learners.length - 1 }), fc.nat()).chain(([pick, cut]) => {
        const l = learners[pick]!;
        const chars = [...l.firstName];
        const prefix = chars.slice(0, 1 + (cut % chars.length)).join('');
        return variantOf(prefix).map((query) => ({ learners, l, query }));
      }),
    );
    fc.assert(
      fc.property(scenario, ({ learners, l, query }) => {
        fc.pre(foldForSearch(query) !== '');
        expect(searchLearners(buildSearchIndex(learners), query)).toContain(l.id);
      }),
      { numRuns: 500 },
    );
  });
});
