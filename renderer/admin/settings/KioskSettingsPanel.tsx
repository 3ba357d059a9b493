// The kiosk settings form. Save writes one settings-changed event with the whole settings; the
// check-in screen and the reception list read the projected rows live.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import type { KioskConfig } from '../../../shared/bridge';
import {
  DEFAULT_KIOSK_SETTINGS,
  KIOSK_NAME_MAX,
  LANGUAGES,
  type KioskSettings,
} from '../../../shared/types';
import { loadCheckInSettings, loadKioskSettings } from '../../db/open';
import { useI18n, type PlainMessageKey } from '../../i18n';
import { TimeField } from '../../ui/fields';
import type { AdminSectionProps } from '../section';
import { saveKioskSettings } from './actions';
import {
  draftOf,
  NEW_DAY,
  parseDraft,
  sameSettings,
  type DraftField,
  type SettingsDraft,
} from './draft';

const DAY_KEYS = [0, 1, 2, 3, 4, 5, 6].map((i) => `settings.day.${i}` as PlainMessageKey);

/** The id of the input that shows a problem: the first one gets the focus after a refusal. */
const FIELD_INPUT: Record<string, string> = {
  kioskName: 'settings-name',
  cooldown: 'settings-cooldown',
  retention: 'settings-retention',
};
const inputOf = (field: DraftField) => FIELD_INPUT[field] ?? `settings-${field}-opens`;

export function KioskSettingsPanel(props: AdminSectionProps) {
  const { db, bridge } = props;
  const { t } = useI18n();
  const stored = useLiveQuery(
    async () => ({ settings: await loadKioskSettings(db), checkIn: await loadCheckInSettings(db) }),
    [db],
  );
  const [config, setConfig] = useState<KioskConfig | null>(null);
  useEffect(() => {
    void bridge.getConfig().then(setConfig);
  }, [bridge]);

  if (!stored || !config) return <p role="status">{t('app.loading')}</p>;
  // Never saved yet: what the kiosk does now (host configuration, check-in row, defaults).
  const initial: KioskSettings = stored.settings ?? {
    ...DEFAULT_KIOSK_SETTINGS,
    ...stored.checkIn,
    kioskName: config.kioskName.slice(0, KIOSK_NAME_MAX),
    defaultLanguage: config.defaultLanguage,
  };
  return <SettingsForm {...props} initial={initial} stored={stored.settings} />;
}

function SettingsForm(
  props: AdminSectionProps & { initial: KioskSettings; stored: KioskSettings | null },
) {
  const { db, staff, stored } = props;
  const { t } = useI18n();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(props.initial));
  const [problems, setProblems] = useState<DraftField[]>([]);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const edit = (change: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setStatus('');
  };
  const editDay = (i: number, change: Partial<SettingsDraft['days'][number]>) =>
    edit({ days: draft.days.map((d, j) => (j === i ? { ...d, ...change } : d)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDraft(draft);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      setFailure(t('settings.error.summary'));
      setStatus('');
      document.getElementById(inputOf(parsed.problems[0] as DraftField))?.focus();
      return;
    }
    setProblems([]);
    setFailure('');
    if (stored && sameSettings(stored, parsed.settings)) return setStatus(t('settings.unchanged'));
    setBusy(true);
    try {
      const outcome = await saveKioskSettings(db, staff, parsed.settings);
      if (outcome.ok) setStatus(t('settings.saved'));
      else setFailure(t('settings.refused.not-admin'));
    } catch (error) {
      console.error('Settings could not be saved', error);
      setFailure(t('staff.error'));
    } finally {
      setBusy(false);
    }
  };

  const invalid = (field: DraftField) => problems.includes(field);
  const errorFor = (field: DraftField, text: string) =>
    invalid(field) ? (
      <p id={`settings-${field}-error`} className="settings__error">
        {text}
      </p>
    ) : null;
  const describedBy = (field: DraftField) =>
    invalid(field) ? `settings-${field}-error` : undefined;

  return (
    <form className="settings__panel" onSubmit={submit} aria-labelledby="settings-kiosk-title">
      <h2 id="settings-kiosk-title">{t('settings.kiosk.title')}</h2>
      <div className="settings__field">
        <label htmlFor="settings-name">{t('settings.name')}</label>
        <input
          id="settings-name"
          autoComplete="off"
          maxLength={KIOSK_NAME_MAX}
          value={draft.kioskName}
          aria-invalid={invalid('kioskName')}
          aria-describedby={describedBy('kioskName')}
          onChange={(e) => edit({ kioskName: e.target.value })}
        />
        {errorFor('kioskName', t('settings.error.kioskName'))}
      </div>
      <fieldset className="settings__choices">
        <legend>{t('settings.mode')}</legend>
        {(['check-in-only', 'in-and-out'] as const).map((mode) => (
          <label key={mode} className="settings__choice">
            <input
              type="radio"
              name="settings-mode"
              value={mode}
              checked={draft.mode === mode}
              onChange={() => edit({ mode })}
            />
            {t(`settings.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <div className="settings__field">
        <label htmlFor="settings-cooldown">{t('settings.cooldown')}</label>
        <input
          id="settings-cooldown"
          inputMode="decimal"
          autoComplete="off"
          className="settings__number"
          value={draft.cooldownMinutes}
          aria-invalid={invalid('cooldown')}
          aria-describedby={describedBy('cooldown')}
          onChange={(e) => edit({ cooldownMinutes: e.target.value })}
        />
        {errorFor('cooldown', t('settings.error.cooldown'))}
      </div>
      <div className="settings__field">
        <label htmlFor="settings-language">{t('settings.language')}</label>
        <select
          id="settings-language"
          value={draft.defaultLanguage}
          onChange={(e) =>
            edit({ defaultLanguage: e.target.value as SettingsDraft['defaultLanguage'] })
          }
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="settings__hours" aria-describedby="settings-hours-hint">
        <legend>{t('settings.hours')}</legend>
        <p id="settings-hours-hint" className="settings__hint">
          {t('settings.hours.hint')}
        </p>
        {draft.days.map((day, i) => {
          const field: DraftField = `day-${i}`;
          const id = `settings-${field}`;
          const name = t(DAY_KEYS[i]!);
          return (
            <fieldset key={i} className="settings__day">
              <legend>{name}</legend>
              <label className="settings__choice">
                <input
                  type="checkbox"
                  checked={day.open}
                  onChange={(e) =>
                    editDay(
                      i,
                      e.target.checked && !day.opens && !day.closes
                        ? { open: true, ...NEW_DAY }
                        : { open: e.target.checked },
                    )
                  }
                />
                {t('settings.hours.open')}
              </label>
              {(['opens', 'closes'] as const).map((end) => (
                <span key={end} className="settings__time">
                  <label htmlFor={`${id}-${end}`}>{t(`settings.hours.${end}`)}</label>
                  <TimeField
                    id={`${id}-${end}`}
                    value={day[end]}
                    disabled={!day.open}
                    aria-invalid={invalid(field)}
                    aria-describedby={describedBy(field)}
                    onChange={(time) => editDay(i, { [end]: time })}
                  />
                </span>
              ))}
              {errorFor(field, t('settings.error.hours', { day: name }))}
            </fieldset>
          );
        })}
      </fieldset>
      <div className="settings__field">
        <label htmlFor="settings-retention">{t('settings.retention')}</label>
        <input
          id="settings-retention"
          inputMode="numeric"
          autoComplete="off"
          className="settings__number"
          value={draft.retentionDays}
          aria-invalid={invalid('retention')}
          aria-describedby={describedBy('retention')}
          onChange={(e) => edit({ retentionDays: e.target.value })}
        />
        {errorFor('retention', t('settings.error.retention'))}
      </div>
      <div className="settings__messages">
        <p className="staff__problem" role="alert">
          {failure}
        </p>
        <p className="settings__status" role="status">
          {status}
        </p>
      </div>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('settings.saving') : t('settings.save')}
        </button>
      </div>
    </form>
  );
}
