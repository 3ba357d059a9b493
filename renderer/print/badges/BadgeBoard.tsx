// The badges board, the kiosk's admin section and the console's screen alike: find learners (by
// name, number, or a card's token), issue, reissue and revoke their badges, and print one card,
// a selection or a whole group; issue and print the badges of every listed learner who has none
// in one go. Where the learners come from and how the actions are written is the caller's
// (a BadgeSource): the kiosk's database, or the server through the console's API.
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { formatTokenForPrint, parseToken } from '../../../shared/badge';
import type {
  BadgeAction,
  BadgeChange,
  BadgeSummary,
  IssuedBadge,
} from '../../../shared/badge-actions';
import type { KioskBridge } from '../../../shared/bridge';
import { buildSearchIndex, searchLearners } from '../../../shared/search';
import type { Learner } from '../../../shared/types';
import { useI18n } from '../../i18n';
import { ConfirmDialog, type ConfirmRequest } from '../../ui/ConfirmDialog';
import type { BadgeLayout } from '../BadgeSheet';
import { prepareCards, type PreparedCard } from '../prepareCards';
import { useBadgePrinting, type PrintJob } from '../useBadgePrinting';
import { BadgeRow, type RowAction } from './BadgeRow';
import { BulkPanel } from './BulkPanel';
import { cardsFor, byName, groupsOf } from './printCards';
import { PrintPanel } from './PrintPanel';
import './badges.css';

export interface BulkIssueOptions {
  /** After each written batch: learners handled so far, of all asked for, and badges issued. */
  onProgress: (done: number, total: number, issued: number) => void;
  /** After each written batch, with its badges: their cards are made while the next is written. */
  onBatch: (issued: readonly IssuedBadge[]) => void;
}

/** The learners and their badges, and how the board's actions are written. */
export interface BadgeSource {
  /** Named learners (undefined while loading); a change shows as a new array. */
  learners: readonly Learner[] | undefined;
  /** Every learner's badges; a change shows as a new map. */
  summaries: ReadonlyMap<string, BadgeSummary> | undefined;
  act: (learnerId: string, action: BadgeAction) => Promise<BadgeChange>;
  /** A badge for each of these learners who can get one and has none. */
  issueMissing: (
    learnerIds: string[],
    options: BulkIssueOptions,
  ) => Promise<{ issued: IssuedBadge[] }>;
  /** An action's failure in the admin's words (`name`: whose badge, '' for a bulk issue). */
  explain: (error: unknown, name: string) => string;
}

const LIST_LIMIT = 100;
/** Search deeper than the list shows, so the group filter still finds its matches. */
const SEARCH_LIMIT = 5_000;

export function BadgeBoard(props: {
  source: BadgeSource;
  /** The host's print (the kiosk's bridge, or the browser's window.print). */
  bridge: Pick<KioskBridge, 'print'>;
}) {
  const { source, bridge } = props;
  const { learners, summaries, explain } = source;
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [group, setGroup] = useState('');
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [layout, setLayout] = useState<BadgeLayout>('a4');
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState('');
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [bulk, setBulk] = useState<{ done: number; total: number } | null>(null);
  const [focusRow, setFocusRow] = useState<{ learnerId: string; before: unknown } | null>(null);
  const printing = useBadgePrinting(bridge, t('app.centre'));

  const byId = useMemo(() => new Map(learners?.map((l) => [l.id, l])), [learners]);
  const index = useMemo(() => buildSearchIndex(learners ?? []), [learners]);
  const groups = useMemo(() => groupsOf(learners ?? []), [learners]);
  const owners = useMemo(() => {
    const map = new Map<string, string>();
    for (const [learnerId, s] of summaries ?? []) {
      for (const token of [...s.active, ...s.revoked]) map.set(token, learnerId);
    }
    return map;
  }, [summaries]);

  const list = useMemo(() => {
    const inGroup = (l: Learner) => group === '' || l.groups.includes(group);
    let found: Learner[];
    const parsed = parseToken(deferredQuery);
    if (parsed.ok) {
      // A card's token typed into the search: its owner, even for a revoked card. (A scanned card
      // is a scan in staff mode too: recorded, its owner named in the scan notice.)
      const owner = byId.get(owners.get(parsed.token) ?? '');
      found = owner ? [owner] : [];
    } else if (deferredQuery.trim()) {
      found = searchLearners(index, deferredQuery, SEARCH_LIMIT).flatMap((id) => {
        const learner = byId.get(id);
        return learner && inGroup(learner) ? [learner] : [];
      });
    } else {
      found = [...byId.values()].filter(inGroup).sort(byName);
    }
    return { all: found, shown: found.slice(0, LIST_LIMIT), total: found.length };
  }, [byId, deferredQuery, group, index, owners]);

  const missing = useMemo(
    () => list.all.filter((l) => l.status === 'active' && !summaries?.get(l.id)?.active.length),
    [list, summaries],
  );

  const groupJob = useMemo(() => {
    const members = [...byId.values()].filter(
      (l) => l.status === 'active' && l.groups.includes(group),
    );
    return cardsFor(members, summaries ?? new Map());
  }, [byId, group, summaries]);

  // Focus lost with its button (a revoked badge has no "revoke" any more) goes to the row's
  // first action. Only once the list shows the change: the live query answers after the commit.
  useEffect(() => {
    if (request || busy || !focusRow || summaries === focusRow.before) return;
    const active = document.activeElement;
    if (active === null || active === document.body) {
      document
        .querySelector<HTMLElement>(`[data-learner="${CSS.escape(focusRow.learnerId)}"] button`)
        ?.focus();
    }
    setFocusRow(null);
  }, [request, busy, focusRow, summaries]);

  /** Runs an action; resolves to the error message, or null once it is done and announced. */
  const run = async (learner: Learner, action: BadgeAction) => {
    const name = `${learner.firstName} ${learner.lastName}`;
    setBusy(true);
    setProblem('');
    try {
      const change: BadgeChange = await source.act(learner.id, action);
      const token = change.issued ? formatTokenForPrint(change.issued) : '';
      setNotice(t(`badges.done.${action}`, { name, token }));
      setFocusRow({ learnerId: learner.id, before: summaries });
      return null;
    } catch (error) {
      setNotice('');
      return explain(error, name);
    } finally {
      setBusy(false);
    }
  };

  /** Prints a job and tells the admin; resolves to whether the cards went to the printer. */
  const print = async (job: PrintJob, skipped: number) => {
    // A second press while the dialog is up is ignored; buttons are not disabled meanwhile, or
    // the focused one would drop the keyboard focus.
    if (printing.printing) return false;
    setProblem('');
    if (job.cards.length === 0) {
      setProblem(t('badges.error.print-empty'));
      return false;
    }
    try {
      await printing.print(job);
      const count = job.cards.length;
      setNotice(
        skipped > 0
          ? t('badges.done.print-skipped', { count, skipped })
          : t('badges.done.print', { count }),
      );
      return true;
    } catch (error) {
      console.error('Badge printing failed', error);
      setNotice('');
      setProblem(t('badges.error.print'));
      return false;
    }
  };

  /**
   * Issues a badge to every listed learner who has none, then prints their cards. Each batch's
   * cards are prepared (QR symbols, names fitted) while the next batch is being written.
   */
  const issueAndPrint = async (learners: readonly Learner[]) => {
    setBusy(true);
    setProblem('');
    setNotice('');
    let count = 0;
    const batches: Promise<{ learner: Learner; card: PreparedCard }[]>[] = [];
    const prepare = async (issued: readonly IssuedBadge[]) => {
      const owners = issued.map(({ learnerId }) => byId.get(learnerId)!);
      const cards = await prepareCards(
        issued.map(({ token }, i) => ({
          firstName: owners[i]!.firstName,
          lastName: owners[i]!.lastName,
          token,
        })),
      );
      return cards.map((card, i) => ({ learner: owners[i]!, card }));
    };
    try {
      const result = await source.issueMissing(
        learners.map((l) => l.id),
        {
          onProgress: (done, total, issued) => {
            count = issued;
            setBulk({ done, total });
          },
          onBatch: (issued) => batches.push(prepare(issued)),
        },
      );
      count = result.issued.length;
      performance.mark('accueil:badges-issued', { detail: { count } });
      const cards = (await Promise.all(batches))
        .flat()
        .sort((a, b) => byName(a.learner, b.learner))
        .map(({ card }) => card);
      setBulk(null);
      const printed = await print({ cards, layout }, 0);
      setNotice(
        printed
          ? t('badges.bulk.done', { count, printed: cards.length })
          : t('badges.bulk.issued', { count }),
      );
    } catch (error) {
      console.error('Issuing badges failed', error);
      setProblem(`${t('badges.bulk.failed', { count })} ${explain(error, '')}`);
    } finally {
      setBulk(null);
      setBusy(false);
    }
  };

  const askIssueAll = () => {
    if (busy || printing.printing) return;
    const learners = missing;
    setRequest({
      title: t('badges.bulk.confirm.title', { count: learners.length }),
      text: t('badges.bulk.confirm.text'),
      confirmLabel: t('badges.bulk.confirm.confirm'),
      // The dialog closes at once; the progress shows on the page.
      onConfirm: async () => void issueAndPrint(learners),
    });
  };

  const onAction = (learner: Learner, action: RowAction) => {
    // Row buttons stay enabled while an action runs (a disabled button drops the keyboard
    // focus); a press meanwhile is ignored instead.
    if (busy) return;
    const name = `${learner.firstName} ${learner.lastName}`;
    const token = formatTokenForPrint(summaries?.get(learner.id)?.active[0] ?? '');
    if (action === 'print') {
      void print({ cards: cardsFor([learner], summaries ?? new Map()).cards, layout }, 0);
    } else if (action === 'issue') {
      void run(learner, 'issue').then((failure) => failure && setProblem(failure));
    } else {
      setRequest({
        title: t(`badges.confirm.${action}.title`, { name }),
        text: t(`badges.confirm.${action}.text`, { token }),
        confirmLabel: t(`badges.confirm.${action}.confirm`),
        onConfirm: () => run(learner, action),
      });
    }
  };

  const onSelect = useCallback((learnerId: string, selected: boolean) => {
    setSelection((current) => {
      const next = new Set(current);
      if (selected) next.add(learnerId);
      else next.delete(learnerId);
      return next;
    });
  }, []);

  if (!learners || !summaries) return <p role="status">{t('app.loading')}</p>;

  // Only learners who can still get a card count as selected (a badge revoked meanwhile drops out).
  const selected = [...selection].flatMap((id) => {
    const learner = byId.get(id);
    return learner && learner.status === 'active' && summaries.get(id)?.active.length
      ? [learner]
      : [];
  });
  const selectShown = () =>
    setSelection((current) => {
      const next = new Set(current);
      for (const l of list.shown)
        if (l.status === 'active' && summaries.get(l.id)?.active.length) next.add(l.id);
      return next;
    });

  const status = bulk
    ? t('badges.bulk.progress', bulk)
    : printing.preparing
      ? t('badges.preparing', printing.preparing)
      : printing.printing
        ? t('badges.printing')
        : notice;

  return (
    <section className="badges" aria-labelledby="badges-title">
      <h1 id="badges-title">{t('badges.title')}</h1>
      <div className="badges__filters">
        <div className="badges__field badges__field--wide">
          <label htmlFor="badges-search">{t('badges.search')}</label>
          <input
            id="badges-search"
            type="search"
            className="reception__search"
            autoComplete="off"
            autoFocus
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="badges__field">
          <label htmlFor="badges-group">{t('badges.group')}</label>
          <select
            id="badges-group"
            className="badges__group"
            value={group}
            onChange={(e) => setGroup(e.target.value)}
          >
            <option value="">{t('badges.group.all')}</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </div>
      </div>
      <PrintPanel
        layout={layout}
        onLayout={setLayout}
        selected={selected.length}
        group={group}
        groupSize={groupJob.cards.length}
        busy={busy}
        onSelectShown={selectShown}
        onClear={() => setSelection(new Set())}
        onPrintSelection={() =>
          void print({ cards: cardsFor(selected, summaries).cards, layout }, 0)
        }
        onPrintGroup={() => void print({ cards: groupJob.cards, layout }, groupJob.skipped)}
      />
      <BulkPanel missing={missing.length} busy={busy} onIssue={askIssueAll} />
      <p className={status ? 'badges__notice' : 'visually-hidden'} role="status">
        {status}
      </p>
      {problem && (
        <p className="staff__problem" role="alert">
          {problem}
        </p>
      )}
      {list.total === 0 ? (
        <p>{t('badges.no-results')}</p>
      ) : (
        <ul className="badges__list" aria-label={t('badges.list.label')}>
          {list.shown.map((learner) => (
            <BadgeRow
              key={learner.id}
              learner={learner}
              summary={summaries.get(learner.id)}
              selected={selection.has(learner.id)}
              onSelect={onSelect}
              onAction={onAction}
            />
          ))}
        </ul>
      )}
      {list.total > list.shown.length && (
        <p>{t('badges.more', { count: list.total - list.shown.length })}</p>
      )}
      {request && <ConfirmDialog request={request} onClose={() => setRequest(null)} />}
      {printing.sheet}
    </section>
  );
}
