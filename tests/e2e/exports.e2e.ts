// Attendance exports, end to end: scans, a manual check-in and a void at the kiosk, then each file
// downloaded, parsed (CSV with shared/csv.ts, XLSX with read-excel-file) and checked cell by cell
// against what IndexedDB holds. Times are checked against Intl in Europe/Brussels, independently
// of shared/time.ts. Keyboard alone, and axe-core on every state of the section.
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateToken } from '../../shared/badge';
import { parseCsv } from '../../shared/csv';
import { demoLearners, seededBytes } from '../../shared/demo-roster';
import {
  currentSerial,
  nextResult,
  noViolations,
  openKiosk,
  scanKeys,
  usKeys,
  type Kiosk,
} from './support/kiosk';
import {
  brusselsDate,
  brusselsTime,
  download,
  exportFile,
  typedDay as typed,
} from './support/exports';
import { focused, tabTo } from './support/keyboard';
import { ADMIN_NAME, signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const roster = demoLearners();
type Demo = (typeof roster)[number];
const [lea, noah, ines, lucas] = roster.slice(0, 4) as [Demo, Demo, Demo, Demo];
const ACTIVE = roster.filter((d) => d.learner.status === 'active').map((d) => d.learner);
/** The web build's kiosk name (renderer/platform/webBridge.ts): the "Poste" of its own events. */
const KIOSK_NAME = 'Accueil (navigateur)';

interface Stored {
  id: string;
  type: string;
  at: number;
  seq: number;
  kioskId: string;
  learnerId?: string;
  method?: string;
  targetId?: string;
  reason?: unknown;
  actor: { kind: string };
}

/** The attendance events in IndexedDB, in time order. */
function storedEvents(page: Page): Promise<Stored[]> {
  return page.evaluate(
    () =>
      new Promise<Stored[]>((resolve, reject) => {
        const open = indexedDB.open('accueil');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('events').objectStore('events').getAll();
          request.onsuccess = () => {
            open.result.close();
            const kinds = ['check-in', 'check-out', 'void', 'unknown-badge'];
            resolve(
              (request.result as Stored[])
                .filter((e) => kinds.includes(e.type))
                .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
            );
          };
        };
      }),
  );
}

/** This month in Brussels, as the section's default range. */
function thisMonth(): { from: string; to: string } {
  const today = brusselsDate.format(Date.now());
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { from: `${today.slice(0, 8)}01`, to: last };
}

// prettier-ignore
const EVENT_HEADER = [
  'Date', 'Heure', 'Type', 'Identifiant du jeune', 'Prénom', 'Nom', 'Groupes', 'Méthode',
  'Raison', 'Auteur', 'Poste', 'Séquence', 'Identifiant du passage', 'Annulé',
  'Identifiant de l’annulation',
];

describe('exports', () => {
  let kiosk: Kiosk;
  let events: Stored[];
  const unknownToken = generateToken(seededBytes(99));

  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
    const { page } = kiosk;
    for (const [token, outcome] of [
      [lea.token, 'welcome'],
      [noah.token, 'welcome'],
      [unknownToken, 'unknown'],
      [ines.token, 'welcome'],
    ] as const) {
      const before = await currentSerial(page);
      await scanKeys(page, usKeys(token));
      expect((await nextResult(page, before))?.outcome).toBe(outcome);
    }
    await signInAsFirstAdmin(page);
    // A manual check-in with a reason, and an undo of Léa's scan, through the reception screen.
    const search = page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)');
    const dialog = page.getByRole('dialog');
    await search.fill(lucas.learner.id);
    await page
      .locator(`[data-learner="${lucas.learner.id}"]`)
      .getByRole('button', { name: 'Enregistrer l’arrivée' })
      .click();
    await dialog.getByLabel('Badge oublié').check();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await search.fill(lea.learner.id);
    await page
      .locator(`[data-learner="${lea.learner.id}"]`)
      .getByRole('button', { name: 'Annuler le dernier passage' })
      .click();
    await dialog.getByLabel('Erreur de personne').check();
    await dialog.getByRole('button', { name: 'Annuler cette arrivée' }).click();
    await dialog.waitFor({ state: 'detached' });
    events = await storedEvents(page);
    expect(events.map((e) => e.type)).toEqual([
      'check-in',
      'check-in',
      'unknown-badge',
      'check-in',
      'check-in',
      'void',
    ]);
    await page.getByRole('navigation').getByRole('button', { name: 'Exports' }).click();
    await page.getByRole('heading', { name: 'Exports des présences' }).waitFor();
  });
  afterAll(() => kiosk.close());

  it('shows the section without serious accessibility problems, this month by default', async () => {
    const { page } = kiosk;
    await noViolations(page, 'exports section');
    const { from, to } = thisMonth();
    expect(await page.getByLabel('Du', { exact: true }).inputValue()).toBe(typed(from));
    expect(await page.getByLabel('Au', { exact: true }).inputValue()).toBe(typed(to));
    const groups = await page
      .getByLabel('Groupe', { exact: true })
      .locator('option')
      .allTextContents();
    expect(groups[0]).toBe('Tous les jeunes');
    expect(groups.slice(1)).toEqual(
      [...new Set(ACTIVE.flatMap((l) => l.groups))].sort((a, b) => a.localeCompare(b, 'fr')),
    );
  });

  it('exports the event log as CSV with ";" and a BOM: every cell as stored, in Brussels time', async () => {
    const { page } = kiosk;
    const progress = await watchProgress(page);
    const file = await exportFile(
      page,
      'Journal des passages',
      'CSV séparé par «\u202f;\u202f» (Excel en Belgique)',
    );
    const { from, to } = thisMonth();
    expect(file.name).toBe(`accueil-journal-${from}_${to}.csv`);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8');
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(EVENT_HEADER.join(';'));
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.problems).toEqual([]);
    const [header, ...rows] = parsed.records.map((r) => r.cells);
    expect(header).toEqual(EVENT_HEADER);
    expect(rows).toHaveLength(events.length);

    const voidEvent = events.find((e) => e.type === 'void')!;
    const name = new Map(roster.map((d) => [d.learner.id, d.learner]));
    events.forEach((e, i) => {
      const learner = e.learnerId ? name.get(e.learnerId) : undefined;
      const presence = e.type === 'check-in';
      const voided = e.id === voidEvent.targetId;
      const expected = [
        brusselsDate.format(e.at),
        brusselsTime.format(e.at),
        { 'check-in': 'Arrivée', void: 'Annulation', 'unknown-badge': 'Badge inconnu' }[e.type],
        e.learnerId ?? '',
        learner?.firstName ?? '',
        learner?.lastName ?? '',
        learner?.groups.join(', ') ?? '',
        { scanner: 'lecteur', manual: 'à la main', '': '' }[e.method ?? ''],
        e.type === 'void' ? 'Erreur de personne' : e.method === 'manual' ? 'Badge oublié' : '',
        { staff: ADMIN_NAME, learner: 'Jeune (son badge)', kiosk: 'Poste (automatique)' }[
          e.actor.kind
        ],
        KIOSK_NAME,
        String(e.seq),
        e.id,
        presence ? (voided ? 'oui' : 'non') : '',
        voided ? voidEvent.id : '',
      ];
      expect(rows[i], `row ${i + 1} (${e.type})`).toEqual(expected);
    });
    // The scanned Léa is the one voided; Lucas was checked in by hand.
    expect(rows[0]!.slice(3, 6)).toEqual([lea.learner.id, 'Léa', lea.learner.lastName]);
    expect(rows[4]!.slice(3, 9)).toEqual([
      lucas.learner.id,
      lucas.learner.firstName,
      lucas.learner.lastName,
      lucas.learner.groups[0],
      'à la main',
      'Badge oublié',
    ]);

    expect(await progress.seen()).toContain('Progression de l’export');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(`Fichier enregistré\u202f: ${file.name} (${events.length} lignes).`);
    await noViolations(page, 'after an export');
  });

  it('exports the learner summary as CSV with ","', async () => {
    const { page } = kiosk;
    const file = await exportFile(page, 'Synthèse par jeune', 'CSV séparé par «\u202f,\u202f»');
    expect(file.name).toMatch(/^accueil-synthese-\d{4}-\d\d-01_\d{4}-\d\d-\d\d\.csv$/);
    const parsed = parseCsv(file.bytes.toString('utf8'));
    expect(parsed.delimiter).toBe(',');
    const [header, ...rows] = parsed.records.map((r) => r.cells);
    expect(header).toEqual([
      'Identifiant du jeune',
      'Prénom',
      'Nom',
      'Groupes',
      'Jours de présence',
      'Première venue',
      'Dernière venue',
      'Taux de présence (% des jours d’ouverture\u202f: 1)',
    ]);
    // Every active learner, sorted by last name then first name; the archived one never came.
    const sorted = [...ACTIVE].sort(
      (a, b) =>
        a.lastName.localeCompare(b.lastName, 'fr') ||
        a.firstName.localeCompare(b.firstName, 'fr') ||
        (a.id < b.id ? -1 : 1),
    );
    expect(rows.map((r) => r[0])).toEqual(sorted.map((l) => l.id));
    const today = brusselsDate.format(events[0]!.at);
    const present = new Set([noah, ines, lucas].map((d) => d.learner.id));
    for (const [i, l] of sorted.entries()) {
      const came = present.has(l.id);
      expect(rows[i], l.id).toEqual([
        l.id,
        l.firstName,
        l.lastName,
        l.groups.join(', '),
        came ? '1' : '0',
        came ? today : '',
        came ? today : '',
        came ? '100' : '0',
      ]);
    }
  });

  it('exports the presence matrix as XLSX, numbers as numbers', async () => {
    const { page } = kiosk;
    const file = await exportFile(page, 'Présences par jour', 'Classeur Excel (XLSX)');
    expect(file.name).toMatch(/^accueil-presences-.*\.xlsx$/);
    const sheet = await readSheet(file.bytes, { trim: false });
    const today = brusselsDate.format(events[0]!.at);
    expect(sheet[0]).toEqual(['Identifiant du jeune', 'Prénom', 'Nom', 'Groupes', today]);
    expect(sheet).toHaveLength(ACTIVE.length + 1);
    const present = new Set([noah, ines, lucas].map((d) => d.learner.id));
    for (const row of sheet.slice(1)) {
      const l = ACTIVE.find((a) => a.id === row[0])!;
      expect(row).toEqual([
        l.id,
        l.firstName,
        l.lastName,
        l.groups.join(', '),
        present.has(l.id) ? 1 : 0,
      ]);
    }
  });

  it('keeps only the chosen group’s learners', async () => {
    const { page } = kiosk;
    const group = noah.learner.groups[0]!;
    await page.getByLabel('Groupe', { exact: true }).selectOption(group);
    const file = await exportFile(
      page,
      'Synthèse par jeune',
      'CSV séparé par «\u202f;\u202f» (Excel en Belgique)',
    );
    expect(file.name).toMatch(new RegExp(`-${group.replace(/ /g, '-')}\\.csv$`));
    const ids = parseCsv(file.bytes.toString('utf8'))
      .records.slice(1)
      .map((r) => r.cells[0]);
    expect(new Set(ids)).toEqual(
      new Set(ACTIVE.filter((l) => l.groups.includes(group)).map((l) => l.id)),
    );
    const log = await exportFile(
      page,
      'Journal des passages',
      'CSV séparé par «\u202f;\u202f» (Excel en Belgique)',
    );
    const logRows = parseCsv(log.bytes.toString('utf8')).records.slice(1);
    expect(logRows.map((r) => r.cells[3])).toEqual([noah.learner.id]);
    await page.getByLabel('Groupe', { exact: true }).selectOption('');
  });

  it('refuses a range that ends before it starts', async () => {
    const { page } = kiosk;
    const { from, to } = thisMonth();
    await page.getByLabel('Du', { exact: true }).fill(typed(to));
    await page.getByLabel('Au', { exact: true }).fill(typed(from));
    await page.getByRole('button', { name: 'Exporter' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('La date de début doit être avant la date de fin.');
    await noViolations(page, 'with a refusal');
    await page.getByLabel('Du', { exact: true }).fill(typed(from));
    await page.getByLabel('Au', { exact: true }).fill(typed(to));
  });

  it('works with the keyboard alone: choose the matrix as XLSX and export', async () => {
    const { page } = kiosk;
    await page.getByRole('navigation').getByRole('button', { name: 'Exports' }).focus();
    // Into the form: Tab to the file choice, arrows within it, Tab to the format, then the button.
    await tabTo(page, (el) => el.name === 'kind');
    await arrowTo(page, 'matrix');
    await tabTo(page, (el) => el.name === 'format');
    await arrowTo(page, 'xlsx');
    await tabTo(page, (el) => el.text === 'Exporter');
    const file = await download(page, () => page.keyboard.press('Enter'));
    expect(file.name).toMatch(/^accueil-presences-.*\.xlsx$/);
    expect((await readSheet(file.bytes))[0]![0]).toBe('Identifiant du jeune');
  });
});

/** Moves through a radio group with the arrow keys until `value` is checked. */
async function arrowTo(page: Page, value: string) {
  for (let i = 0; i < 5; i++) {
    const el = await focused(page);
    if (el.value === value && el.checked) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The arrows never reached ${value}`);
}

/** Records every progress bar that appears (exports are too quick to catch one otherwise). */
async function watchProgress(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('[role="progressbar"], progress')) {
        seen.push(bar.getAttribute('aria-label') ?? '');
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  return {
    seen: () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen),
  };
}
