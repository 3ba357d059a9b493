// The three export tables on a small hand-made history: voids, manual reasons, the DST day
// 2026-10-25, midnight in Brussels. The round trips through files are in tests/unit/exports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportLabels } from '../../../shared/export-labels';
import {
  buildEventLog,
  buildLearnerSummary,
  buildPresenceMatrix,
  daysInRange,
  eventLogBuilder,
  type ExportInput,
} from '../../../shared/export';
import { toCsv } from '../../../shared/csv';
import { brusselsDay } from '../../../shared/time';
import type { AttendanceEvent } from '../../../shared/types';
import { KIOSK, STAFF, ev, learner } from '../exports/fixtures';

const labels = exportLabels('fr');

const learners = [
  learner('L1', 'Léa', 'Dubois', ['robotique']),
  learner('L2', 'Noah', 'Lambert', ['musique']),
  learner('L3', 'Inès', 'Janssens', ['robotique', 'dessin']),
  learner('L4', 'Zoé', 'Maes', ['robotique'], true),
  learner('L5', 'Hugo', 'Peeters', ['musique']),
  learner('L6', 'Adam', 'Renard', ['musique'], true), // archived and never seen: not exported
];

const history: AttendanceEvent[] = [
  // Outside the range: 23:59:59 on the 23rd and 00:00:00 on the 28th, Brussels.
  ev('e00', '2026-10-23T21:59:59', { type: 'check-in', learnerId: 'L1', method: 'scanner' }),
  ev('e99', '2026-10-27T23:00:00', { type: 'check-in', learnerId: 'L1', method: 'scanner' }),
  // Saturday 24 (summer time, UTC+2).
  ev('e01', '2026-10-24T12:02:05', { type: 'check-in', learnerId: 'L1', method: 'scanner' }),
  ev('e02', '2026-10-24T12:05:00', { type: 'check-in', learnerId: 'L2', method: 'camera' }),
  ev('e03', '2026-10-24T14:30:10', { type: 'check-out', learnerId: 'L2', method: 'scanner' }),
  ev('e04', '2026-10-24T12:10:00', {
    type: 'check-in',
    learnerId: 'L3',
    method: 'manual',
    reason: { code: 'forgot-badge' },
    actor: STAFF,
  }),
  ev('e05', '2026-10-24T12:12:00', {
    type: 'void',
    targetId: 'e04',
    learnerId: 'L3',
    staffId: 'S1',
    reason: 'Erreur de personne',
    actor: STAFF,
  }),
  ev('e06', '2026-10-24T13:00:00', { type: 'unknown-badge', token: 'BCDFG', method: 'scanner' }),
  // Sunday 25, the clocks go back at 03:00 CEST: 02:30 happens twice.
  ev('e07', '2026-10-25T00:30:00', { type: 'check-in', learnerId: 'L1', method: 'scanner' }),
  ev('e08', '2026-10-25T01:30:00', { type: 'check-in', learnerId: 'L4', method: 'camera' }),
  ev('e09', '2026-10-25T14:00:00', {
    type: 'check-in',
    learnerId: 'L3',
    method: 'manual',
    reason: { code: 'other', text: 'Parent au téléphone' },
    actor: STAFF,
  }),
  // Midnight in Brussels (winter time, UTC+1) between the 26th and the 27th.
  ev('e10', '2026-10-26T22:59:59', { type: 'check-in', learnerId: 'L2', method: 'scanner' }),
  ev('e11', '2026-10-26T23:00:00', { type: 'check-out', learnerId: 'L2', method: 'scanner' }),
];

const input = (over: Partial<ExportInput> = {}): ExportInput => ({
  // Reversed: the tables must not depend on the order events were read in.
  events: [...history].reverse(),
  learners,
  staffNames: new Map([['S1', 'Nadia Admin']]),
  range: { from: '2026-10-24', to: '2026-10-27' },
  ...over,
});

describe('daysInRange', () => {
  it('lists calendar days across a DST change and refuses bad ranges', () => {
    expect(daysInRange({ from: '2026-10-24', to: '2026-10-27' })).toEqual([
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
    ]);
    expect(() => daysInRange({ from: '2026-10-27', to: '2026-10-24' })).toThrow(RangeError);
    expect(() => daysInRange({ from: '2026-02-30', to: '2026-03-01' })).toThrow(RangeError);
  });
});

describe('buildEventLog', () => {
  it('writes every event of the range in order, in Brussels time, with voids shown', () => {
    const { rows, numeric } = buildEventLog(input(), labels);
    expect(rows[0]).toEqual([
      'Date',
      'Heure',
      'Type',
      'Identifiant du jeune',
      'Prénom',
      'Nom',
      'Groupes',
      'Méthode',
      'Raison',
      'Auteur',
      'Poste',
      'Séquence',
      'Identifiant du passage',
      'Annulé',
      'Identifiant de l’annulation',
    ]);
    expect(numeric).toEqual([11]);
    const body = rows.slice(1);
    expect(body.map((r) => r[12])).toEqual([
      'e01',
      'e02',
      'e04',
      'e05',
      'e06',
      'e03',
      'e07',
      'e08',
      'e09',
      'e10',
      'e11',
    ]);
    const row = (id: string) => body.find((r) => r[12] === id);
    const kiosk = (id: string) => [KIOSK, String(history.find((e) => e.id === id)!.seq), id];
    expect(row('e01')).toEqual([
      '2026-10-24',
      '14:02:05',
      'Arrivée',
      'L1',
      'Léa',
      'Dubois',
      'robotique',
      'lecteur',
      '',
      'Jeune (son badge)',
      ...kiosk('e01'),
      'non',
      '',
    ]);
    expect(row('e04')).toEqual([
      '2026-10-24',
      '14:10:00',
      'Arrivée',
      'L3',
      'Inès',
      'Janssens',
      'robotique, dessin',
      'à la main',
      'Badge oublié',
      'Nadia Admin',
      ...kiosk('e04'),
      'oui',
      'e05',
    ]);
    expect(row('e05')).toEqual([
      '2026-10-24',
      '14:12:00',
      'Annulation',
      'L3',
      'Inès',
      'Janssens',
      'robotique, dessin',
      '',
      'Erreur de personne',
      'Nadia Admin',
      ...kiosk('e05'),
      '',
      '',
    ]);
    expect(row('e06')).toEqual([
      '2026-10-24',
      '15:00:00',
      'Badge inconnu',
      '',
      '',
      '',
      '',
      'lecteur',
      '',
      'Jeune (son badge)',
      ...kiosk('e06'),
      '',
      '',
    ]);
    // The two 02:30 of the night the clocks go back, an hour apart.
    expect(row('e07')!.slice(0, 2)).toEqual(['2026-10-25', '02:30:00']);
    expect(row('e08')!.slice(0, 2)).toEqual(['2026-10-25', '02:30:00']);
    expect(row('e09')![8]).toBe('Autre raison\u202f: Parent au téléphone');
    expect(row('e10')!.slice(0, 2)).toEqual(['2026-10-26', '23:59:59']);
    expect(row('e11')!.slice(0, 2)).toEqual(['2026-10-27', '00:00:00']);
  });

  it('names each event’s kiosk in the “Poste” column, or gives its id when it has no name', () => {
    const other = ev('e20', '2026-10-26T10:00:00', {
      type: 'check-in',
      learnerId: 'L5',
      method: 'camera',
      kioskId: 'K9',
    });
    const kioskNames = new Map([[KIOSK, 'Accueil hall']]);
    const { rows } = buildEventLog(input({ events: [...history, other], kioskNames }), labels);
    const kioskOf = (id: string) => rows.find((r) => r[12] === id)![10];
    expect(rows[0]![10]).toBe('Poste');
    expect(kioskOf('e01')).toBe('Accueil hall');
    expect(kioskOf('e06')).toBe('Accueil hall');
    expect(kioskOf('e20')).toBe('K9');
  });

  it('says which columns hold dates and times (an XLSX file writes them as such)', () => {
    const log = buildEventLog(input(), labels);
    expect([log.dates, log.times]).toEqual([[0], [1]]);
    const summary = buildLearnerSummary(input(), labels);
    expect(summary.dates).toEqual([5, 6]);
    expect(summary.rows[0]!.filter((_, i) => [5, 6].includes(i))).toEqual([
      'Première venue',
      'Dernière venue',
    ]);
    // The matrix's days are its header, text like every header.
    expect(buildPresenceMatrix(input(), labels).dates ?? []).toEqual([]);
  });

  it('lists every learner of the group in a summary and a matrix, present or not', () => {
    const group = [
      learner('G1', 'Ada', 'Zed', ['club']),
      learner('G2', 'Bob', 'Yan', ['club', 'musique']),
      learner('G3', 'Cyd', 'Xu', ['musique']),
    ];
    const some = input({ learners: [...learners, ...group], group: 'club' });
    const summary = buildLearnerSummary(some, labels).rows.slice(1);
    expect(summary.map((r) => [r[0], r[4]])).toEqual([
      ['G2', '0'],
      ['G1', '0'],
    ]);
    const matrix = buildPresenceMatrix(some, labels).rows;
    expect(matrix.slice(1).map((r) => r[0])).toEqual(['G2', 'G1']);
    expect(matrix[0]!.slice(4)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27']);
  });

  it('counts a group spelt with other capitals, spaces or accent forms as the same group', () => {
    const roster = [
      learner('G1', 'Ada', 'Zed', ['Jeux vidéo']),
      learner('G2', 'Bob', 'Yan', ['jeux  VIDÉO ']),
      learner('G3', 'Cyd', 'Xu', ['jeux vide\u0301o']), // decomposed é (a Mac's file)
      learner('G4', 'Dan', 'Web', ['jeux video']), // no accent: another word
    ];
    for (const group of ['jeux vidéo', 'JEUX VIDÉO']) {
      const some = input({ learners: roster, group });
      for (const build of [buildLearnerSummary, buildPresenceMatrix]) {
        expect(
          build(some, labels)
            .rows.slice(1)
            .map((r) => r[0]),
        ).toEqual(['G3', 'G2', 'G1']);
      }
    }
  });

  it('keeps only the group’s learners, and leaves unknown badges out', () => {
    const ids = buildEventLog(input({ group: 'robotique' }), labels)
      .rows.slice(1)
      .map((r) => r[12]);
    expect(ids).toEqual(['e01', 'e04', 'e05', 'e07', 'e08', 'e09']);
  });
});

describe('buildLearnerSummary', () => {
  it('counts days present over the centre’s open days, voids applied', () => {
    const { rows } = buildLearnerSummary(input(), labels, { decimal: ',' });
    expect(rows).toEqual([
      [
        'Identifiant du jeune',
        'Prénom',
        'Nom',
        'Groupes',
        'Jours de présence',
        'Première venue',
        'Dernière venue',
        'Taux de présence (% des jours d’ouverture\u202f: 4)',
      ],
      ['L1', 'Léa', 'Dubois', 'robotique', '2', '2026-10-24', '2026-10-25', '50'],
      ['L3', 'Inès', 'Janssens', 'robotique, dessin', '1', '2026-10-25', '2026-10-25', '25'],
      // Present on the 27th by a check-out at 00:00:00 alone.
      ['L2', 'Noah', 'Lambert', 'musique', '3', '2026-10-24', '2026-10-27', '75'],
      ['L4', 'Zoé', 'Maes', 'robotique', '1', '2026-10-25', '2026-10-25', '25'],
      ['L5', 'Hugo', 'Peeters', 'musique', '0', '', '', '0'],
    ]);
  });

  it('keeps the centre’s open days under a group filter, and writes the decimal asked for', () => {
    const three = { from: '2026-10-24', to: '2026-10-26' };
    const { rows } = buildLearnerSummary(input({ group: 'musique', range: three }), labels);
    expect(rows.slice(1)).toEqual([
      ['L2', 'Noah', 'Lambert', 'musique', '2', '2026-10-24', '2026-10-26', '66.7'],
      ['L5', 'Hugo', 'Peeters', 'musique', '0', '', '', '0'],
    ]);
    expect(rows[0]![7]).toBe('Taux de présence (% des jours d’ouverture\u202f: 3)');
    const comma = buildLearnerSummary(input({ range: three }), labels, { decimal: ',' });
    expect(comma.rows.find((r) => r[0] === 'L2')![7]).toBe('66,7');
  });

  it('has no rate when nobody came', () => {
    const empty = { from: '2026-11-01', to: '2026-11-02' };
    const { rows } = buildLearnerSummary(input({ range: empty }), labels);
    expect(rows[1]).toEqual(['L1', 'Léa', 'Dubois', 'robotique', '0', '', '', '']);
  });
});

describe('buildPresenceMatrix', () => {
  it('has one column per open day and 1 or 0 per learner', () => {
    const { rows, numeric } = buildPresenceMatrix(input(), labels);
    expect(rows).toEqual([
      [
        'Identifiant du jeune',
        'Prénom',
        'Nom',
        'Groupes',
        '2026-10-24',
        '2026-10-25',
        '2026-10-26',
        '2026-10-27',
      ],
      ['L1', 'Léa', 'Dubois', 'robotique', '1', '1', '0', '0'],
      ['L3', 'Inès', 'Janssens', 'robotique, dessin', '0', '1', '0', '0'],
      ['L2', 'Noah', 'Lambert', 'musique', '1', '0', '1', '1'],
      ['L4', 'Zoé', 'Maes', 'robotique', '0', '1', '0', '0'],
      ['L5', 'Hugo', 'Peeters', 'musique', '0', '0', '0', '0'],
    ]);
    expect(numeric).toEqual([4, 5, 6, 7]);
  });

  it('applies a void made on a later day of the range to the day of its target', () => {
    const lateVoid = ev('e12', '2026-10-26T09:00:00', {
      type: 'void',
      targetId: 'e01',
      learnerId: 'L1',
      staffId: 'S1',
      reason: 'Badge prêté',
      actor: STAFF,
    });
    const late = input({ events: [...history, lateVoid] });
    const { rows } = buildPresenceMatrix(late, labels);
    expect(rows.find((r) => r[0] === 'L1')!.slice(4)).toEqual(['0', '1', '0', '0']);
    const log = buildEventLog(late, labels).rows;
    expect(log.find((r) => r[12] === 'e01')!.slice(13)).toEqual(['oui', 'e12']);
  });
});

describe('eventLogBuilder', () => {
  const lateVoid = ev('e13', '2026-10-27T10:00:00', {
    type: 'void',
    targetId: 'e02',
    learnerId: 'L2',
    staffId: 'S1',
    reason: 'Pas venu',
    actor: STAFF,
  });
  const all = [...history, lateVoid];
  const days = [...new Set(all.map((e) => brusselsDay(e.at)))];

  it('gives the same log, and the same CSV, whatever order the days are added in', () => {
    const whole = buildEventLog(input({ events: all }), labels);
    expect(whole.rows.find((r) => r[12] === 'e02')!.slice(13)).toEqual(['oui', 'e13']);
    const encode = (rows: string[][]) => toCsv(rows, { bom: false });
    fc.assert(
      fc.property(fc.shuffledSubarray(days, { minLength: days.length }), (order) => {
        const builder = eventLogBuilder(input(), labels, encode);
        for (const day of order) builder.add(all.filter((e) => brusselsDay(e.at) === day));
        const built = builder.finish();
        expect(built.rows).toEqual(whole.rows);
        expect(built.encoded.join('')).toBe(encode(whole.rows.slice(1)));
      }),
    );
  });
});
