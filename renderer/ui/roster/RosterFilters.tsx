// The roster list's search field and status tabs, the same on the kiosk's admin roster and the
// console's learners.
import { useI18n } from '../../i18n';
import { FilterTabs } from '../controls';

export type RosterFilter = 'all' | 'active' | 'archived';
const FILTERS: RosterFilter[] = ['all', 'active', 'archived'];

export function RosterFilters(props: {
  query: string;
  onQuery: (query: string) => void;
  filter: RosterFilter;
  onFilter: (filter: RosterFilter) => void;
  counts: Record<RosterFilter, number>;
}) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor="roster-search">{t('roster.search')}</label>
      <input
        id="roster-search"
        type="search"
        className="reception__search"
        autoComplete="off"
        value={props.query}
        onChange={(e) => props.onQuery(e.target.value)}
      />
      <FilterTabs
        label={t('roster.filter')}
        options={FILTERS}
        value={props.filter}
        onChange={props.onFilter}
        text={(name) => t(`roster.filter.${name}`, { count: props.counts[name] })}
      />
    </>
  );
}
