// The charts rendered to static markup in Node: what a screen reader gets, and what is drawn.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArrivalsHeatMap, peakSlots } from '../../../renderer/ui/reports/ArrivalsHeatMap';
import { DailyChart } from '../../../renderer/ui/reports/DailyChart';
import {
  DROPPED_LIMIT,
  DroppedLearners,
  type DroppedRow,
} from '../../../renderer/ui/reports/DroppedLearners';
import { reportFormat } from '../../../renderer/ui/reports/format';

import { I18nProvider } from '../../../renderer/i18n';
import { addDays, DEFAULT_DROP_RULE, type DayCount } from '../../../shared/reports';
import type { LanguageCode } from '../../../shared/types';

const fr = reportFormat('fr');
const render = (element: ReactElement, language: LanguageCode = 'fr') =>
  renderToStaticMarkup(createElement(I18nProvider, { language, children: element }));
const count = (html: string, needle: string) => html.split(needle).length - 1;
const TODAY = '2026-04-02';
const daysOf = (n: number, present: (i: number) => number): DayCount[] =>
  Array.from({ length: n }, (_, i) => ({ day: addDays(TODAY, i - n + 1), present: present(i) }));

describe('DailyChart', () => {
  it('draws one bar per open day, summarised on the image and listed in a table', () => {
    const days = daysOf(40, (i) => 20 + (i % 7) * 10);
    const html = render(
      createElement(DailyChart, { days, today: TODAY, first: '2026-02-06', format: fr }),
    );
    expect(count(html, 'data-day=')).toBe(40);
    expect(html).toContain('role="img"');
    expect(html).toMatch(
      /aria-label="Diagramme en barres\u202f: 40 jours d’ouverture du 6 février 2026 au 2 avril 2026, de 20 à 80 jeunes présents/,
    );
    expect(count(html, '<tr>')).toBe(41); // header + one row a day
    expect(html).toContain('Aujourd’hui, journée en cours');
    // Forty bars leave room for two-digit labels on top.
    expect(count(html, 'class="chart__value"')).toBe(40);
  });

  it('drops the value labels when they would not fit, but keeps the axis numbers', () => {
    const days = daysOf(56, (i) => 100 + i);
    const html = render(
      createElement(DailyChart, {
        days,
        today: addDays(TODAY, 1),
        first: days[0]!.day,
        format: fr,
      }),
    );
    expect(count(html, 'class="chart__value"')).toBe(0);
    expect(count(html, 'class="chart__tick"')).toBeGreaterThan(5);
    expect(html).not.toContain('journée en cours');
  });
});

describe('ArrivalsHeatMap', () => {
  const arrivals = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  arrivals[2]![14] = 120; // Wednesday 14:00
  arrivals[2]![16] = 30;
  arrivals[5]![10] = 80; // Saturday 10:00
  const days = [
    { day: '2026-04-01', present: 150 }, // a Wednesday
    { day: '2026-03-28', present: 80 }, // a Saturday
  ];

  it('draws weekdays that opened × hours from the first to the last arrival, with numbers', () => {
    const html = render(createElement(ArrivalsHeatMap, { arrivals, days, weeks: 8, format: fr }));
    expect(count(html, 'class="heat__cell"')).toBe(2 * 7); // 10:00 … 16:00
    expect(html).toContain(
      'aria-label="Carte de chaleur\u202f: 230 arrivées. Créneaux les plus chargés\u202f: mercredi 14:00–15:00 (120), samedi 10:00–11:00 (80), mercredi 16:00–17:00 (30).',
    );
    expect(html).toContain('data-weekday="2" data-hour="14" data-count="120"');
    expect(html).toContain('1–24');
    expect(html).toContain('97–120');
    expect(html).toContain('Voir les données en tableau');
  });

  it('says so when there are no arrivals at all', () => {
    const none = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
    const html = render(
      createElement(ArrivalsHeatMap, { arrivals: none, days, weeks: 8, format: fr }),
    );
    expect(html).toContain('Aucune arrivée enregistrée');
    expect(html).not.toContain('<svg');
  });

  it('orders peak slots by count, then weekday, then hour', () => {
    expect(peakSlots(arrivals, 2)).toEqual([
      { weekday: 2, hour: 14, count: 120 },
      { weekday: 5, hour: 10, count: 80 },
    ]);
  });
});

describe('DroppedLearners', () => {
  const row = (i: number, named = true): DroppedRow => ({
    entry: {
      learnerId: `L${i}`,
      earlier: 4,
      recent: 0,
      weeks: [true, true, true, true, false, false, false, false],
      lastSeen: '2026-03-05',
    },
    learner: named ? { firstName: 'Léa', lastName: 'Dubois', groups: ['robotique'] } : undefined,
  });

  it('lists each learner with before and after weeks and a described week strip', () => {
    const html = render(
      createElement(DroppedLearners, {
        rows: [row(1), row(2, false)],
        rule: DEFAULT_DROP_RULE,
        format: fr,
      }),
    );
    expect(count(html, 'data-learner=')).toBe(2);
    expect(html).toContain('Léa Dubois');
    expect(html).toContain('Pas encore dans la liste des jeunes de ce poste');
    expect(html).toContain('4 / 4');
    expect(html).toContain('0 / 4');
    expect(html).toContain(
      'aria-label="De la plus ancienne à la plus récente\u202f: venu, venu, venu, venu, absent, absent, absent, absent"',
    );
    expect(html).toContain('5 mars 2026');
  });

  it('shows at most the limit and counts the rest', () => {
    const rows = Array.from({ length: DROPPED_LIMIT + 3 }, (_, i) => row(i));
    const html = render(
      createElement(DroppedLearners, { rows, rule: DEFAULT_DROP_RULE, format: fr }),
    );
    expect(count(html, 'data-learner=')).toBe(DROPPED_LIMIT);
    expect(html).toContain('Et 3 autres, non affichés.');
  });

  it('has a clear empty state, in every language', () => {
    for (const language of ['fr', 'nl', 'de', 'en'] as const) {
      const html = render(
        createElement(DroppedLearners, {
          rows: [],
          rule: DEFAULT_DROP_RULE,
          format: reportFormat(language),
        }),
        language,
      );
      expect(html).not.toContain('<table');
      expect(html).toMatch(language === 'en' ? /Nobody matches/ : /<p class="report-card__empty">/);
    }
  });
});
