// Messages of the roster template download (roster section). French is the source; the other
// languages must match it.
const fr = {
  'template.title': 'Modèle de fichier',
  'template.hint':
    'Une ligne par jeune. Colonnes obligatoires : matricule, prénom, nom ; groupes et langue sont facultatifs. Les noms de colonnes sont acceptés en français, néerlandais, allemand et anglais.',
  'template.language': 'Langue des noms de colonnes',
  'template.csv': 'Télécharger le modèle CSV',
  'template.xlsx': 'Télécharger le modèle Excel (.xlsx)',
  'template.file': 'modele-liste-des-jeunes',
  'template.failed': 'Le modèle n’a pas pu être enregistré. Réessayez.',
} as const;
type Key = keyof typeof fr;

const nl = {
  'template.title': 'Sjabloon',
  'template.hint':
    'Eén regel per jongere. Verplichte kolommen: nummer, voornaam, achternaam; groepen en taal zijn optioneel. Kolomnamen worden aanvaard in het Frans, Nederlands, Duits en Engels.',
  'template.language': 'Taal van de kolomnamen',
  'template.csv': 'CSV-sjabloon downloaden',
  'template.xlsx': 'Excel-sjabloon downloaden (.xlsx)',
  'template.file': 'sjabloon-leerlingenlijst',
  'template.failed': 'Het sjabloon kon niet worden opgeslagen. Probeer opnieuw.',
} satisfies Record<Key, string>;

const de = {
  'template.title': 'Vorlage',
  'template.hint':
    'Eine Zeile pro Jugendlichem. Pflichtspalten: Nummer, Vorname, Nachname; Gruppen und Sprache sind freiwillig. Spaltennamen werden auf Französisch, Niederländisch, Deutsch und Englisch erkannt.',
  'template.language': 'Sprache der Spaltennamen',
  'template.csv': 'CSV-Vorlage herunterladen',
  'template.xlsx': 'Excel-Vorlage herunterladen (.xlsx)',
  'template.file': 'vorlage-teilnehmerliste',
  'template.failed': 'Die Vorlage konnte nicht gespeichert werden. Bitte erneut versuchen.',
} satisfies Record<Key, string>;

const en = {
  'template.title': 'Template',
  'template.hint':
    'One row per learner. Required columns: ID, first name, last name; groups and language are optional. Column names are accepted in French, Dutch, German and English.',
  'template.language': 'Language of the column names',
  'template.csv': 'Download the CSV template',
  'template.xlsx': 'Download the Excel template (.xlsx)',
  'template.file': 'learner-list-template',
  'template.failed': 'The template could not be saved. Try again.',
} satisfies Record<Key, string>;

export const templateMessages = { fr, nl, de, en };
