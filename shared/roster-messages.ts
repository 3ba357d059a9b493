// The words of a roster import's problems and of a file that cannot be read, in the four
// languages: one copy for the kiosk (whose roster messages spread these in) and for the server's
// answers to an upload (which may not import renderer/). French is the source; the others must
// have its keys. Problems say what happened and what to do, in the admin's words.
import { createTranslate } from './i18n';
import type { ImportProblem, ImportProblemCode } from './roster-import';
import type { RosterReadProblem } from './roster-file';
import type { LanguageCode } from './types';

const fr = {
  'roster.field.id': 'numéro',
  'roster.field.firstName': 'prénom',
  'roster.field.lastName': 'nom',
  'roster.field.groups': 'groupes',
  'roster.field.language': 'langue',
  'roster.problem.missing-column':
    'Colonne obligatoire introuvable : ajoutez-la à la première ligne (ou renommez la colonne).',
  'roster.problem.duplicate-column': 'Cette colonne est en double : gardez-en une seule.',
  'roster.problem.unknown-column': 'Colonne non reconnue : elle sera ignorée.',
  'roster.problem.empty-id': 'Numéro manquant : chaque jeune doit en avoir un.',
  'roster.problem.duplicate-id':
    'Ce numéro est sur plusieurs lignes : un jeune ne doit figurer qu’une fois.',
  'roster.problem.empty-first-name': 'Prénom manquant.',
  'roster.problem.empty-last-name': 'Nom manquant.',
  'roster.problem.too-long': 'Trop long : 64 caractères pour un numéro, 200 pour un nom ou groupe.',
  'roster.problem.too-many-groups': 'Trop de groupes : 50 au plus.',
  'roster.problem.bad-language': 'Langue inconnue : écrivez fr, nl, de ou en, ou laissez vide.',
  'roster.problem.too-many-columns':
    'Plus de valeurs que de colonnes : un séparateur en trop, ou une valeur à mettre entre guillemets ?',
  'roster.problem.too-few-columns': 'Moins de valeurs que de colonnes : un séparateur manque ?',
  'roster.problem.unterminated-quote':
    'Guillemet jamais refermé : la suite du fichier est illisible. Ajoutez le guillemet fermant.',
  'roster.problem.stray-quote':
    'Guillemet mal placé : mettez toute la valeur entre guillemets et doublez ceux du milieu ("").',
  'roster.problem.reactivated': 'Ce jeune était archivé : l’import le réactive.',
  'roster.problem.control-character':
    'Caractère invisible (une tabulation, par exemple) dans la valeur : retapez-la.',
  'roster.problem.line-break':
    'Saut de ligne dans la valeur (Alt+Entrée dans Excel) : il est remplacé par une espace.',
  'roster.read.empty': 'Le fichier est vide : choisissez celui qui contient la liste des jeunes.',
  'roster.read.too-large':
    'Le fichier est trop gros pour une liste de jeunes (20 Mo au plus) : vérifiez que c’est le bon.',
  'roster.read.xls':
    'Le fichier est au format Excel ancien (.xls) : dans Excel, enregistrez-le en CSV, puis importez-le.',
  'roster.read.not-text':
    'Ce n’est pas un fichier texte (CSV) : peut-être une image, une archive ou un autre document. Enregistrez la liste des jeunes au format CSV, puis importez ce fichier.',
} as const;

type Key = keyof typeof fr;

export const ROSTER_MESSAGES = {
  fr,
  nl: {
    'roster.field.id': 'nummer',
    'roster.field.firstName': 'voornaam',
    'roster.field.lastName': 'naam',
    'roster.field.groups': 'groepen',
    'roster.field.language': 'taal',
    'roster.problem.missing-column':
      'Verplichte kolom niet gevonden: voeg ze toe aan de eerste regel (of hernoem de kolom).',
    'roster.problem.duplicate-column': 'Deze kolom staat er twee keer: houd er één.',
    'roster.problem.unknown-column': 'Onbekende kolom: ze wordt genegeerd.',
    'roster.problem.empty-id': 'Nummer ontbreekt: elke jongere moet er een hebben.',
    'roster.problem.duplicate-id':
      'Dit nummer staat op meerdere regels: een jongere mag maar één keer voorkomen.',
    'roster.problem.empty-first-name': 'Voornaam ontbreekt.',
    'roster.problem.empty-last-name': 'Naam ontbreekt.',
    'roster.problem.too-long': 'Te lang: 64 tekens voor een nummer, 200 voor een naam of groep.',
    'roster.problem.too-many-groups': 'Te veel groepen: hoogstens 50.',
    'roster.problem.bad-language': 'Onbekende taal: schrijf fr, nl, de of en, of laat leeg.',
    'roster.problem.too-many-columns':
      'Meer waarden dan kolommen: een scheidingsteken te veel, of een waarde die tussen aanhalingstekens moet?',
    'roster.problem.too-few-columns':
      'Minder waarden dan kolommen: ontbreekt er een scheidingsteken?',
    'roster.problem.unterminated-quote':
      'Aanhalingsteken nooit gesloten: de rest van het bestand is onleesbaar. Voeg het sluitende teken toe.',
    'roster.problem.stray-quote':
      'Aanhalingsteken op de verkeerde plaats: zet de hele waarde tussen aanhalingstekens en verdubbel die in het midden ("").',
    'roster.problem.reactivated':
      'Deze jongere was gearchiveerd: de import heractiveert hem of haar.',
    'roster.problem.control-character':
      'Onzichtbaar teken (bijvoorbeeld een tab) in de waarde: typ ze opnieuw.',
    'roster.problem.line-break':
      'Regeleinde in de waarde (Alt+Enter in Excel): het wordt vervangen door een spatie.',
    'roster.read.empty': 'Het bestand is leeg: kies het bestand met de lijst van jongeren.',
    'roster.read.too-large':
      'Het bestand is te groot voor een lijst van jongeren (hoogstens 20 MB): controleer of het het juiste is.',
    'roster.read.xls':
      'Het bestand is in het oude Excel-formaat (.xls): sla het in Excel op als CSV en importeer het dan.',
    'roster.read.not-text':
      'Dit is geen tekstbestand (CSV): misschien een afbeelding, een archief of een ander document. Sla de lijst van jongeren op als CSV en importeer dat bestand.',
  },
  de: {
    'roster.field.id': 'Nummer',
    'roster.field.firstName': 'Vorname',
    'roster.field.lastName': 'Name',
    'roster.field.groups': 'Gruppen',
    'roster.field.language': 'Sprache',
    'roster.problem.missing-column':
      'Pflichtspalte nicht gefunden: fügen Sie sie in der ersten Zeile hinzu (oder benennen Sie die Spalte um).',
    'roster.problem.duplicate-column': 'Diese Spalte gibt es doppelt: behalten Sie nur eine.',
    'roster.problem.unknown-column': 'Unbekannte Spalte: sie wird ignoriert.',
    'roster.problem.empty-id': 'Nummer fehlt: jede(r) Jugendliche braucht eine.',
    'roster.problem.duplicate-id':
      'Diese Nummer steht in mehreren Zeilen: jede(r) Jugendliche darf nur einmal vorkommen.',
    'roster.problem.empty-first-name': 'Vorname fehlt.',
    'roster.problem.empty-last-name': 'Name fehlt.',
    'roster.problem.too-long':
      'Zu lang: 64 Zeichen für eine Nummer, 200 für einen Namen oder eine Gruppe.',
    'roster.problem.too-many-groups': 'Zu viele Gruppen: höchstens 50.',
    'roster.problem.bad-language':
      'Unbekannte Sprache: schreiben Sie fr, nl, de oder en, oder leer lassen.',
    'roster.problem.too-many-columns':
      'Mehr Werte als Spalten: ein Trennzeichen zu viel, oder ein Wert, der in Anführungszeichen gehört?',
    'roster.problem.too-few-columns': 'Weniger Werte als Spalten: fehlt ein Trennzeichen?',
    'roster.problem.unterminated-quote':
      'Anführungszeichen nie geschlossen: der Rest der Datei ist unlesbar. Fügen Sie das schließende hinzu.',
    'roster.problem.stray-quote':
      'Anführungszeichen an falscher Stelle: setzen Sie den ganzen Wert in Anführungszeichen und verdoppeln Sie innere ("").',
    'roster.problem.reactivated': 'War archiviert: der Import reaktiviert den Eintrag.',
    'roster.problem.control-character':
      'Unsichtbares Zeichen (zum Beispiel ein Tab) im Wert: neu eingeben.',
    'roster.problem.line-break':
      'Zeilenumbruch im Wert (Alt+Eingabe in Excel): er wird durch ein Leerzeichen ersetzt.',
    'roster.read.empty': 'Die Datei ist leer: wählen Sie die Datei mit der Liste der Jugendlichen.',
    'roster.read.too-large':
      'Die Datei ist zu groß für eine Liste von Jugendlichen (höchstens 20 MB): prüfen Sie, ob es die richtige ist.',
    'roster.read.xls':
      'Die Datei hat das alte Excel-Format (.xls): speichern Sie sie in Excel als CSV und importieren Sie sie dann.',
    'roster.read.not-text':
      'Das ist keine Textdatei (CSV): vielleicht ein Bild, ein Archiv oder ein anderes Dokument. Speichern Sie die Liste der Jugendlichen als CSV und importieren Sie diese Datei.',
  },
  en: {
    'roster.field.id': 'number',
    'roster.field.firstName': 'first name',
    'roster.field.lastName': 'last name',
    'roster.field.groups': 'groups',
    'roster.field.language': 'language',
    'roster.problem.missing-column':
      'Required column not found: add it to the first line (or rename the column).',
    'roster.problem.duplicate-column': 'This column appears twice: keep only one.',
    'roster.problem.unknown-column': 'Unknown column: it will be ignored.',
    'roster.problem.empty-id': 'Number missing: every learner needs one.',
    'roster.problem.duplicate-id':
      'This number is on several lines: a learner may appear only once.',
    'roster.problem.empty-first-name': 'First name missing.',
    'roster.problem.empty-last-name': 'Last name missing.',
    'roster.problem.too-long': 'Too long: 64 characters for a number, 200 for a name or group.',
    'roster.problem.too-many-groups': 'Too many groups: 50 at most.',
    'roster.problem.bad-language': 'Unknown language: write fr, nl, de or en, or leave it empty.',
    'roster.problem.too-many-columns':
      'More values than columns: one separator too many, or a value that needs quotes?',
    'roster.problem.too-few-columns': 'Fewer values than columns: is a separator missing?',
    'roster.problem.unterminated-quote':
      'Quote never closed: the rest of the file cannot be read. Add the closing quote.',
    'roster.problem.stray-quote':
      'Misplaced quote: put the whole value in quotes and double the ones inside ("").',
    'roster.problem.reactivated': 'This learner was archived: the import reactivates them.',
    'roster.problem.control-character':
      'Invisible character (a tab, for instance) in the value: type it again.',
    'roster.problem.line-break':
      'Line break in the value (Alt+Enter in Excel): it is replaced by a space.',
    'roster.read.empty': 'The file is empty: choose the one that holds the list of learners.',
    'roster.read.too-large':
      'The file is too large for a list of learners (20 MB at most): check that it is the right one.',
    'roster.read.xls':
      'The file is in the old Excel format (.xls): in Excel, save it as CSV, then import it.',
    'roster.read.not-text':
      'This is not a text file (CSV): perhaps an image, an archive or another document. Save the list of learners as CSV, then import that file.',
  },
} satisfies Record<LanguageCode, Record<Key, string>>;

const translate = createTranslate<typeof fr>(ROSTER_MESSAGES);

/** Why a file was not read at all, in `language`. */
export function explainReadProblem(language: LanguageCode, problem: RosterReadProblem): string {
  return translate(language, `roster.read.${problem}`);
}

/** A problem of the plan with its explanation in `language`, as the kiosk's report words it. */
export type ExplainedProblem = ImportProblem & { message: string };

export function explainProblems(
  language: LanguageCode,
  problems: readonly ImportProblem[],
): ExplainedProblem[] {
  return problems.map((p) => ({ ...p, message: translate(language, problemKey(p.problem)) }));
}

const problemKey = (code: ImportProblemCode) => `roster.problem.${code}` as const;
