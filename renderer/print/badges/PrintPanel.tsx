// The print controls: paper format, the selection, and a whole group at once.
import type { BadgeLayout } from '../BadgeSheet';
import { useI18n } from '../../i18n';

export function PrintPanel(props: {
  layout: BadgeLayout;
  onLayout: (layout: BadgeLayout) => void;
  selected: number;
  group: string;
  groupSize: number;
  busy: boolean;
  onSelectShown: () => void;
  onClear: () => void;
  onPrintSelection: () => void;
  onPrintGroup: () => void;
}) {
  const { layout, onLayout, selected, group, groupSize, busy } = props;
  const { t } = useI18n();
  return (
    <section className="badges__print" aria-labelledby="badges-print-title">
      <h2 id="badges-print-title">{t('badges.print.title')}</h2>
      <fieldset className="badges__format">
        <legend>{t('badges.print.format')}</legend>
        {(['a4', 'card'] as const).map((value) => (
          <label key={value} className="dialog__choice">
            <input
              type="radio"
              name="badge-layout"
              value={value}
              checked={layout === value}
              onChange={() => onLayout(value)}
            />
            {t(`badges.print.${value}`)}
          </label>
        ))}
      </fieldset>
      <p className="badges__selected" aria-live="polite">
        {t('badges.selection.count', { count: selected })}
      </p>
      <div className="badges__buttons">
        <button type="button" className="button" onClick={props.onSelectShown}>
          {t('badges.selection.all')}
        </button>
        <button type="button" className="button" onClick={props.onClear}>
          {t('badges.selection.clear')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy || selected === 0}
          onClick={props.onPrintSelection}
        >
          {t('badges.print.selection', { count: selected })}
        </button>
        {group && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy || groupSize === 0}
            onClick={props.onPrintGroup}
          >
            {t('badges.print.group', { group, count: String(groupSize) })}
          </button>
        )}
      </div>
    </section>
  );
}
