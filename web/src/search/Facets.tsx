import type { VacanciesQuery } from '../api/generated';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import { deadlineWindows, positionGroups, salaryBands, toggled, type SearchState } from './searchState';

export type FacetCounts = NonNullable<VacanciesQuery['vacancies']['facets']>;

interface Option {
  value: string;
  label: string;
  count: number;
}

interface FacetsProps {
  search: SearchState;
  facets: FacetCounts | null;
  /** Names of bodies and regions picked but without matches now (the facets list only values with matches). */
  names: Map<string, string>;
  onApply(search: SearchState): void;
}

/** The filters with several values each, every value with how many vacancies of the current search it has. */
export function Facets({ search, facets, names, onApply }: FacetsProps) {
  const { t } = useI18n();
  if (!facets) return null;
  const counted = (list: { value: string; count: number }[], values: readonly string[], key: (v: string) => MessageKey): Option[] =>
    values.map(value => ({ value, label: t(key(value)), count: list.find(f => f.value === value)?.count ?? 0 }));
  const named = (list: { value: string; count: number; label: { text: string } | null }[], picked: string[]): Option[] => [
    ...list.map(f => ({ value: f.value, label: f.label?.text ?? f.value, count: f.count })),
    ...picked.filter(p => !list.some(f => f.value === p)).map(p => ({ value: p, label: names.get(p) ?? p, count: 0 })),
  ];

  return (
    <aside className="facets" aria-label={t('filters')}>
      <FacetGroup legend={t('stateBody')} options={named(facets.stateBodies, search.stateBodyIds)} picked={search.stateBodyIds}
        onToggle={v => onApply({ ...search, stateBodyIds: toggled(search.stateBodyIds, v) })} />
      <FacetGroup legend={t('region')} options={named(facets.regions, search.regionCodes)} picked={search.regionCodes}
        onToggle={v => onApply({ ...search, regionCodes: toggled(search.regionCodes, v) })} />
      <FacetGroup legend={t('positionGroup')} options={counted(facets.groups, positionGroups, v => `group${v}` as MessageKey)} picked={search.groups}
        onToggle={v => onApply({ ...search, groups: toggled(search.groups, v as (typeof positionGroups)[number]) })} />
      <FacetGroup legend={t('salaryBand')} options={counted(facets.salaryBands, salaryBands, v => `band${v}` as MessageKey)} picked={search.salaryBands}
        onToggle={v => onApply({ ...search, salaryBands: toggled(search.salaryBands, v as (typeof salaryBands)[number]) })} />
      <FacetGroup legend={t('deadlineWindow')} options={counted(facets.deadlineWindows, deadlineWindows, v => `window${v}` as MessageKey)} picked={search.deadlineWindows}
        onToggle={v => onApply({ ...search, deadlineWindows: toggled(search.deadlineWindows, v as (typeof deadlineWindows)[number]) })} />
    </aside>
  );
}

interface FacetGroupProps {
  legend: string;
  options: Option[];
  picked: readonly string[];
  onToggle(value: string): void;
}

function FacetGroup({ legend, options, picked, onToggle }: FacetGroupProps) {
  const { format } = useI18n();
  if (options.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>
        {options.map(option => (
          <li key={option.value}>
            <label>
              <input type="checkbox" checked={picked.includes(option.value)} onChange={() => onToggle(option.value)} />
              {' '}{option.label} <span className="facet__count">({format.number(option.count)})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
