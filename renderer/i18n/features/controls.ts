// Messages of the kiosk's own date, time and file controls (renderer/ui/fields.tsx), which speak
// the screen's language whatever the browser's. French is the source; the others must match it.
const fr = {
  'control.date.format': 'jj/mm/aaaa',
  'control.time.format': 'ex. 18:30',
  'control.file.choose': 'Choisir un fichier',
  'control.file.none': 'Aucun fichier choisi',
} as const;

type Key = keyof typeof fr;

export const controlsMessages = {
  fr,
  nl: {
    'control.date.format': 'dd/mm/jjjj',
    'control.time.format': 'bv. 18:30',
    'control.file.choose': 'Bestand kiezen',
    'control.file.none': 'Geen bestand gekozen',
  } satisfies Record<Key, string>,
  de: {
    'control.date.format': 'TT.MM.JJJJ',
    'control.time.format': 'z. B. 18:30',
    'control.file.choose': 'Datei auswählen',
    'control.file.none': 'Keine Datei ausgewählt',
  } satisfies Record<Key, string>,
  en: {
    'control.date.format': 'dd/mm/yyyy',
    'control.time.format': 'e.g. 18:30',
    'control.file.choose': 'Choose a file',
    'control.file.none': 'No file chosen',
  } satisfies Record<Key, string>,
};
