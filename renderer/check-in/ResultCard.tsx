// What the learners' screen shows: the waiting prompt, or one result card over the whole stage
// with its pictogram, the first name drawn largest, the detail and what to do next.
import { useI18n } from '../i18n';
import type { Feedback, ResultView } from './describe';
import { Pictogram } from './icons';

/**
 * Longer first names than this are drawn smaller and cut after three lines: at full size two
 * lines hold about this many characters at 1366x768, and a 200-character name would push the
 * card's detail and pictogram off the screen.
 */
const LONG_NAME_CHARS = 24;

export function ResultCard(props: {
  view: ResultView;
  outcome: Feedback['outcome'];
  serial: number;
  /** performance.now() when it went on screen: the benchmark paces its scans by it. */
  shownAt: number;
}) {
  const { view } = props;
  const long = view.name !== null && [...view.name.name].length > LONG_NAME_CHARS;
  return (
    <article
      className={`result result--${view.category}`}
      data-outcome={props.outcome}
      data-category={view.category}
      data-serial={props.serial}
      data-shown-at={Math.round(props.shownAt)}
      lang={view.language}
    >
      <Pictogram name={view.category} className="result__icon" />
      <div className="result__text">
        <h1 className={long ? 'result__title result__title--long' : 'result__title'}>
          {view.name ? (
            <>
              {view.name.before}
              <span className="result__name">{view.name.name}</span>
              {view.name.after}
            </>
          ) : (
            view.title
          )}
        </h1>
        <p className="result__detail">{view.detail}</p>
        {view.action && <p className="result__action">{view.action}</p>}
      </div>
    </article>
  );
}

/** The words said aloud for a card. */
export function spoken(view: ResultView): string {
  return [view.title, view.detail, view.action].filter(Boolean).join(' ');
}

/** Waiting for a badge: at the camera, or at the reader when there is no camera to use. */
export function IdlePanel(props: { readerOnly: boolean }) {
  const { t } = useI18n();
  const { prompt, hint } = idleWords(props.readerOnly);
  return (
    <article
      className="idle"
      data-outcome="idle"
      data-input={props.readerOnly ? 'reader' : 'camera'}
    >
      {props.readerOnly && <Pictogram name="reader" className="idle__icon" />}
      <div>
        <h1 className="idle__title">{t('idle.title')}</h1>
        <p className="idle__prompt">{t(prompt)}</p>
        <p className="idle__hint">{t(hint)}</p>
      </div>
    </article>
  );
}

export function idleWords(readerOnly: boolean) {
  return readerOnly
    ? ({ prompt: 'idle.reader.prompt', hint: 'idle.reader.hint' } as const)
    : ({ prompt: 'idle.prompt', hint: 'idle.scanner' } as const);
}
