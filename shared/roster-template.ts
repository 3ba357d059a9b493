// The roster template an admin downloads to fill in: the header row the import reads, in one of
// the four languages (each name one of the import's own aliases, so the file reads back as is),
// as CSV (';', the Belgian Excel's choice, with a BOM so Excel reads it as UTF-8) or XLSX.
import { toCsv } from './csv';
import type { ExportTable } from './export';
import type { RosterField } from './roster-import';
import type { LanguageCode } from './types';

/** Column order: what the import requires first, then the optional columns. */
export const TEMPLATE_FIELDS: readonly RosterField[] = [
  'id',
  'firstName',
  'lastName',
  'groups',
  'language',
];

export const TEMPLATE_HEADERS: Readonly<
  Record<LanguageCode, Readonly<Record<RosterField, string>>>
> = {
  fr: {
    id: 'Matricule',
    firstName: 'Prénom',
    lastName: 'Nom',
    groups: 'Groupes',
    language: 'Langue',
  },
  nl: {
    id: 'Leerlingnummer',
    firstName: 'Voornaam',
    lastName: 'Achternaam',
    groups: 'Groepen',
    language: 'Taal',
  },
  de: {
    id: 'Schülernummer',
    firstName: 'Vorname',
    lastName: 'Nachname',
    groups: 'Gruppen',
    language: 'Sprache',
  },
  en: {
    id: 'Learner ID',
    firstName: 'First name',
    lastName: 'Last name',
    groups: 'Groups',
    language: 'Language',
  },
};

/** The template as a table: its header row alone (a sample row would be imported as a learner). */
export function rosterTemplate(language: LanguageCode): ExportTable {
  return { rows: [TEMPLATE_FIELDS.map((field) => TEMPLATE_HEADERS[language][field])], numeric: [] };
}

export function rosterTemplateCsv(language: LanguageCode): string {
  return toCsv(rosterTemplate(language).rows, { delimiter: ';', bom: true });
}
