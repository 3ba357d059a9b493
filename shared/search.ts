// Reception's search-as-you-type over the roster. Staff type fast and without accents on a
// touch keyboard ("lea" for Léa, "obrien" for O'Brien), so names and queries are folded to the
// same plain form, and every keystroke must answer within a frame even with 10,000 learners:
// the index is built once per roster change, and a keystroke costs a few binary searches.

export interface SearchableLearner {
  id: string;
  firstName: string;
  lastName: string;
}

/**
 * Built by buildSearchIndex; treat as opaque. Learners are numbered in tie-break order, and
 * every lookup is a binary search over a sorted array, so a keystroke never walks the strings.
 */
export interface SearchIndex {
  /** Learner ids, sorted by folded last name, first name, id, then roster order. */
  readonly ids: readonly string[];
  /** Every word of every learner (names, id, names without inner spaces), sorted. */
  readonly words: PrefixTable;
  /** Each learner's folded first and last name, with and without inner spaces, sorted. */
  readonly nameStarts: PrefixTable;
  /** Folded "first last" and "last first" → learners: the exact full-name rank. */
  readonly fullNames: ReadonlyMap<string, readonly number[]>;
}

/** Strings in code-unit order, so those sharing a prefix are contiguous, with their learners. */
interface PrefixTable {
  readonly keys: readonly string[];
  /** owners[i]: the learner (position in `ids`) that keys[i] belongs to. */
  readonly owners: Int32Array;
}

const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
  // Letters with a stroke have no decomposition, so NFD alone leaves them: common in names.
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPELLED_OUT_PATTERN = /[ßœæøłđðþı]/g;
const MARKS = /\p{M}+/gu;
/** Anything but letters and digits separates words: spaces, hyphens, ’ ' . and the rest. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * The plain form used on both sides of a search: lower case, no accents, ß → ss, œ → oe, æ → ae,
 * words separated by single spaces. Lower-casing comes first so that ẞ and İ fold like ß and i.
 */
export function foldForSearch(text: string): string {
  if (typeof text !== 'string') return '';
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPELLED_OUT_PATTERN, (ch) => SPELLED_OUT[ch] ?? ch)
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Code-unit order: deterministic everywhere (no ICU), and folded names are mostly a–z. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds `owner` under `key`. Owners arrive in increasing order, so each list stays sorted. */
function add(table: Map<string, number[]>, key: string, owner: number): void {
  if (key === '') return;
  const owners = table.get(key);
  if (owners === undefined) table.set(key, [owner]);
  else if (owners[owners.length - 1] !== owner) owners.push(owner);
}

/** Sorts the distinct keys only (names repeat a lot) and lays the owners out flat. */
function prefixTable(byKey: Map<string, number[]>): PrefixTable {
  const keys: string[] = [];
  const owners: number[] = [];
  for (const key of [...byKey.keys()].sort(compare)) {
    for (const owner of byKey.get(key) as number[]) {
      keys.push(key);
      owners.push(owner);
    }
  }
  return { keys, owners: Int32Array.from(owners) };
}

/**
 * Indexes a roster. When an id appears twice the later entry wins, as in the roster projection.
 * Each learner is found by the words of their folded names and id, and also by each name with
 * its inner spaces removed, so "obrien" finds O'Brien and "vandenb" finds Van den Bossche.
 */
export function buildSearchIndex(learners: readonly SearchableLearner[]): SearchIndex {
  const latest = new Map<string, SearchableLearner>();
  for (const learner of learners) latest.set(learner.id, learner);
  // First names repeat across a roster: fold each distinct one once.
  const folds = new Map<string, string>();
  const fold = (text: string) => {
    let folded = folds.get(text);
    if (folded === undefined) folds.set(text, (folded = foldForSearch(text)));
    return folded;
  };
  // Joining folded parts equals folding the joined text: the space breaks every case context.
  const join = (a: string, b: string) => (a === '' ? b : b === '' ? a : `${a} ${b}`);
  const rows = [...latest.values()].map((learner, order) => {
    const first = fold(learner.firstName);
    const last = fold(learner.lastName);
    const foldedId = foldForSearch(learner.id);
    return { id: learner.id, order, first, last, foldedId, firstLast: join(first, last) };
  });
  rows.sort(
    (a, b) =>
      compare(a.last, b.last) ||
      compare(a.first, b.first) ||
      compare(a.foldedId, b.foldedId) ||
      a.order - b.order,
  );

  const words = new Map<string, number[]>();
  const starts = new Map<string, number[]>();
  const fullNames = new Map<string, number[]>();
  rows.forEach((row, owner) => {
    const compactFirst = row.first.replaceAll(' ', '');
    const compactLast = row.last.replaceAll(' ', '');
    for (const word of row.firstLast.split(' ')) add(words, word, owner);
    for (const word of row.foldedId.split(' ')) add(words, word, owner);
    // add() skips a key the same learner already has (a one-word name is its own compact form).
    add(words, compactFirst, owner);
    add(words, compactLast, owner);
    for (const start of [row.first, row.last, compactFirst, compactLast]) add(starts, start, owner);
    add(fullNames, row.firstLast, owner);
    add(fullNames, join(row.last, row.first), owner);
  });
  return {
    ids: rows.map((row) => row.id),
    words: prefixTable(words),
    nameStarts: prefixTable(starts),
    fullNames,
  };
}

/** The first position whose key is not below `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The owners of the keys that begin with `prefix`. Folded text holds no U+FFFF (it is not a
 * letter, so folding turns it into a space): every such key sorts below prefix + U+FFFF.
 */
function forEachOwner(table: PrefixTable, prefix: string, visit: (owner: number) => void): void {
  const end = lowerBound(table.keys, `${prefix}\uffff`);
  for (let i = lowerBound(table.keys, prefix); i < end; i++) visit(table.owners[i] as number);
}

/** A search's first results, best first, and how many learners match in all. */
interface SearchResult {
  ids: string[];
  /** Every learner that matches, shown or not: "N more, refine the search". */
  total: number;
}

/**
 * Learner ids matching `query`, best first, at most `limit`. Every query word must begin some
 * word of the learner's first name, last name or id. Ranking: the exact full name (either
 * order) first; then learners whose first or last name begins with the first query word; then
 * the rest (a later name word, the id). Within a rank: last name, first name, id.
 */
export function searchLearners(index: SearchIndex, query: string, limit = 50): string[] {
  return searchLearnersCounted(index, query, limit).ids;
}

/** searchLearners, and the number of all the learners that match (0 when `limit` is below 1). */
export function searchLearnersCounted(index: SearchIndex, query: string, limit = 50): SearchResult {
  const none: SearchResult = { ids: [], total: 0 };
  const max = Math.floor(limit);
  if (!(max >= 1)) return none;
  const folded = foldForSearch(query);
  if (folded === '') return none;
  const terms = [...new Set(folded.split(' '))];
  const { ids } = index;

  // hits[o] counts the terms matched so far. Term k only lifts a learner from k to k + 1, so
  // several words of one learner matching the same term count once.
  const hits = new Uint32Array(ids.length);
  for (let k = 0; k < terms.length; k++) {
    let any = false;
    forEachOwner(index.words, terms[k] as string, (owner) => {
      if (hits[owner] === k) {
        hits[owner] = k + 1;
        any = true;
      }
    });
    if (!any) return none;
  }

  // rank[o]: 0 exact name, 1 name starts with the first term, 2 anything else.
  const rank = new Uint8Array(ids.length).fill(2);
  forEachOwner(index.nameStarts, terms[0] as string, (owner) => {
    rank[owner] = 1;
  });
  for (const owner of index.fullNames.get(folded) ?? []) rank[owner] = 0;

  const ranked: string[][] = [[], [], []];
  let total = 0;
  // Learners are numbered in tie-break order, so one pass fills each rank already sorted.
  for (let o = 0; o < ids.length; o++) {
    if (hits[o] !== terms.length) continue;
    total++;
    const bucket = ranked[rank[o] as number] as string[];
    if (bucket.length < max) bucket.push(ids[o] as string);
  }
  return { ids: ranked.flat().slice(0, max), total };
}
