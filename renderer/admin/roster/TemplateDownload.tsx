// The roster template to fill in, as CSV or XLSX, its column names in the language chosen (the
// screen's by default): a centre starts from a file the import reads as it is.
import { useState } from 'react';
import type { KioskBridge } from '../../../shared/bridge';
import { rosterTemplate, rosterTemplateCsv } from '../../../shared/roster-template';
import { LANGUAGES, type LanguageCode } from '../../../shared/types';
import { encodeXlsx, XLSX_MIME } from '../../../shared/xlsx';
import { useI18n } from '../../i18n';

export function TemplateDownload(props: { bridge: KioskBridge }) {
  const { t, language } = useI18n();
  const [columns, setColumns] = useState<LanguageCode>(language);
  const [problem, setProblem] = useState('');

  const save = async (kind: 'csv' | 'xlsx') => {
    setProblem('');
    try {
      const name = `${t('template.file')}-${columns}.${kind}`;
      const file =
        kind === 'csv'
          ? {
              name,
              mime: 'text/csv;charset=utf-8',
              data: new TextEncoder().encode(rosterTemplateCsv(columns)),
            }
          : { name, mime: XLSX_MIME, data: await encodeXlsx(rosterTemplate(columns), name) };
      await props.bridge.saveFile(file);
    } catch (error) {
      console.error('Roster template could not be saved', error);
      setProblem(t('template.failed'));
    }
  };

  return (
    <details className="roster__template">
      <summary>{t('template.title')}</summary>
      <p className="roster__hint">{t('template.hint')}</p>
      <div className="roster__template-row">
        <div className="roster__field">
          <label htmlFor="template-language">{t('template.language')}</label>
          <select
            id="template-language"
            value={columns}
            onChange={(e) => setColumns(e.target.value as LanguageCode)}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={() => void save('csv')}>
          {t('template.csv')}
        </button>
        <button type="button" className="button" onClick={() => void save('xlsx')}>
          {t('template.xlsx')}
        </button>
      </div>
      {problem && (
        <p className="staff__problem" role="alert">
          {problem}
        </p>
      )}
    </details>
  );
}
