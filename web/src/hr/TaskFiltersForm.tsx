import type { HrTaskSort } from '../api/generated';
import { useTexts } from '../i18n/texts';
import { isFiltered, noTaskFilters, taskSorts, type TaskAssignment, type TaskFilters } from './taskFilters';
import { stageKeys, stageTextKey, taskForms } from './taskStage';
import { taskTexts } from './taskTexts';

interface Props {
  filters: TaskFilters;
  vacancies: { id: string; code: string; title: { text: string } }[];
  /** The processes of the caller's open tasks; the choice is offered only when there are several. */
  processes: { key: string; name: string }[];
  /** The bodies to choose from; the choice is offered only when there are several (an administrator, a reviewer of two). */
  bodies: { id: string; code: string; name: { text: string } }[];
  onChange(filters: TaskFilters): void;
}

const assignments: TaskAssignment[] = ['any', 'mine', 'unassigned'];

const sortTextKey = (sort: HrTaskSort) => (({ CREATED: 'sortCREATED', DUE: 'sortDUE', PRIORITY: 'sortPRIORITY' }) as const)[sort];

/** The task list's filters and order; each change applies at once (no submit step is needed). */
export function TaskFiltersForm({ filters, vacancies, processes, bodies, onChange }: Props) {
  const t = useTexts(taskTexts);
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
      {(processes.length > 1 || filters.processKey) && (
        <div className="field">
          <label htmlFor="hr-filter-process">{t('filterProcess')}</label>
          <select id="hr-filter-process" value={filters.processKey ?? ''} onChange={event => onChange({ ...filters, processKey: event.target.value || null })}>
            <option value="">{t('any')}</option>
            {processes.map(process => <option key={process.key} value={process.key}>{process.name}</option>)}
            {filters.processKey && !processes.some(p => p.key === filters.processKey) && <option value={filters.processKey}>{filters.processKey}</option>}
          </select>
        </div>
      )}
      {bodies.length > 1 && (
        <div className="field">
          <label htmlFor="hr-filter-body">{t('filterBody')}</label>
          <select id="hr-filter-body" value={filters.stateBodyId ?? ''} onChange={event => onChange({ ...filters, stateBodyId: event.target.value || null })}>
            <option value="">{t('any')}</option>
            {bodies.map(body => <option key={body.id} value={body.id}>{body.name.text}</option>)}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="hr-filter-due">{t('filterDueBefore')}</label>
        <input id="hr-filter-due" type="date" value={filters.dueBefore ?? ''} onChange={event => onChange({ ...filters, dueBefore: event.target.value || null })} />
      </div>
      <div className="field">
        <label htmlFor="hr-sort">{t('sortLabel')}</label>
        <select id="hr-sort" value={filters.sort} onChange={event => onChange({ ...filters, sort: event.target.value as HrTaskSort })}>
          {taskSorts.map(sort => <option key={sort} value={sort}>{t(sortTextKey(sort))}</option>)}
        </select>
      </div>
      <fieldset className="hr-checks">
        <legend>{t('filterAssignment')}</legend>
        {assignments.map(assignment => (
          <label className="hr-check" key={assignment}>
            <input
              type="radio"
              name="hr-filter-assignment"
              value={assignment}
              checked={filters.assignment === assignment}
              onChange={() => onChange({ ...filters, assignment })}
            />
            <span>{t(`assignment${assignment}`)}</span>
          </label>
        ))}
        <label className="hr-check">
          <input type="checkbox" checked={filters.overdueOnly} onChange={event => onChange({ ...filters, overdueOnly: event.target.checked })} />
          <span>{t('filterOverdue')}</span>
        </label>
      </fieldset>
      {isFiltered(filters) && (
        <div className="search-form__actions">
          <button type="button" className="button button--secondary" onClick={() => onChange({ ...noTaskFilters, sort: filters.sort })}>{t('resetFilters')}</button>
        </div>
      )}
    </form>
  );
}
