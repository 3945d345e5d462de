import { useTexts } from '../i18n/texts';
import { noTaskFilters, type TaskFilters } from './taskFilters';
import { stageKeys, stageTextKey, taskForms } from './taskStage';
import { taskTexts } from './taskTexts';

interface Props {
  filters: TaskFilters;
  vacancies: { id: string; code: string; title: { text: string } }[];
  onChange(filters: TaskFilters): void;
}

/** The task list's filters; each change applies at once (the list is small, and no submit step is needed). */
export function TaskFiltersForm({ filters, vacancies, onChange }: Props) {
  const t = useTexts(taskTexts);
  const filtered = filters.vacancyId || filters.stage || filters.overdueOnly || filters.mineOnly;
  return (
    <form className="search-form hr-filters" aria-label={t('filters')} onSubmit={event => event.preventDefault()}>
      <div className="field">
        <label htmlFor="hr-filter-vacancy">{t('filterVacancy')}</label>
        <select id="hr-filter-vacancy" value={filters.vacancyId ?? ''} onChange={event => onChange({ ...filters, vacancyId: event.target.value || null })}>
          <option value="">{t('any')}</option>
          {vacancies.map(vacancy => <option key={vacancy.id} value={vacancy.id}>{vacancy.code} — {vacancy.title.text}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="hr-filter-stage">{t('filterStage')}</label>
        <select id="hr-filter-stage" value={filters.stage ?? ''} onChange={event => onChange({ ...filters, stage: event.target.value || null })}>
          <option value="">{t('any')}</option>
          {taskForms.map(form => <option key={form} value={stageKeys[form]}>{t(stageTextKey(stageKeys[form]))}</option>)}
        </select>
      </div>
      <div className="hr-checks">
        <label className="hr-check">
          <input type="checkbox" checked={filters.overdueOnly} onChange={event => onChange({ ...filters, overdueOnly: event.target.checked })} />
          <span>{t('filterOverdue')}</span>
        </label>
        <label className="hr-check">
          <input type="checkbox" checked={filters.mineOnly} onChange={event => onChange({ ...filters, mineOnly: event.target.checked })} />
          <span>{t('filterMine')}</span>
        </label>
      </div>
      {filtered && (
        <div className="search-form__actions">
          <button type="button" className="button button--secondary" onClick={() => onChange(noTaskFilters)}>{t('resetFilters')}</button>
        </div>
      )}
    </form>
  );
}
