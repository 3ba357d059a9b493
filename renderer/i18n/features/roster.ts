// Messages of the admin roster screen. French is the source; the other languages must match it.
const fr = {} as const;
type Key = keyof typeof fr;

export const rosterMessages = {
  fr,
  nl: {} satisfies Record<Key, string>,
  de: {} satisfies Record<Key, string>,
  en: {} satisfies Record<Key, string>,
};
