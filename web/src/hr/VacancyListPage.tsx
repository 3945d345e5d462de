import { useCallback, useState, type FormEvent } from 'react';
import type { HrVacanciesQuery, HrVacanciesQueryVariables, VacancyStatus } from '../api/generated';
import { useGraphQL } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { fill } from '../i18n/messages';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Link, navigate, useLocation } from '../routing/router';
import { LoadError, Loading } from '../pages/Status';
import { takeFlash } from './flash';
import { usePaged } from './usePaged';
import { hrVacanciesQuery } from './vacancyOperations';
import { vacancyTexts } from './vacancyTexts';

const pageSize = 20;
export const vacancyStatuses: VacancyStatus[] = ['DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED'];
export const vacancyListFlash = 'vacancies';

type VacancyNode = HrVacanciesQuery['hrVacancies']['nodes'][number];

export function vacancyListFromQuery(query: string): { status: VacancyStatus | null; text: string } {
  const params = new URLSearchParams(query);
  return {
    status: vacancyStatuses.find(s => s === params.get('status')) ?? null,
    text: (params.get('q') ?? '').trim().slice(0, 200),
  };
}

function toQuery(status: VacancyStatus | null, text: string) {
  const params = new URLSearchParams();
  if (status) params.set('status', status);
  if (text.trim()) params.set('q', text.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The vacancies of the reviewer's bodies in every status, closest deadline first. */
export function VacancyListPage() {
  const t = useTexts(vacancyTexts);
  const { t: common, format } = useI18n();
  const { search } = useLocation();
  const { status, text } = vacancyListFromQuery(search);
  const request = useGraphQL();
  const [flash] = useState(() => takeFlash(vacancyListFlash));
  const [typed, setTyped] = useState(text);
  useDocumentTitle(t('vacanciesHeading'));

  const key = toQuery(status, text);
  const fetchPage = useCallback(
    async (after: string | null, signal?: AbortSignal) => {
      const current = vacancyListFromQuery(key);
      const data = await request<HrVacanciesQuery, HrVacanciesQueryVariables>(hrVacanciesQuery, {
        statuses: current.status ? [current.status] : null, text: current.text || null, first: pageSize, after,
      }, signal);
      return { nodes: data.hrVacancies.nodes, totalCount: data.hrVacancies.totalCount, ...data.hrVacancies.pageInfo };
    },
    [request, key],
  );
  const { page, busy, error, loadMore, reload } = usePaged<VacancyNode>(key, fetchPage);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate('/hr/vacancies' + toQuery(status, typed));
  };

  return (
    <section aria-labelledby="hr-vacancies-heading">
      <div className="hr-heading-row">
        <h1 id="hr-vacancies-heading">{t('vacanciesHeading')}</h1>
        <Link href="/hr/vacancies/new" className="button">{t('newVacancy')}</Link>
      </div>
      {flash && <p className="hr-flash" role="status">{flash}</p>}
      <form role="search" aria-label={t('filters')} className="search-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="hr-vacancy-status">{t('statusFilter')}</label>
          <select
            id="hr-vacancy-status"
            value={status ?? ''}
            onChange={event => navigate('/hr/vacancies' + toQuery(vacancyStatuses.find(s => s === event.target.value) ?? null, typed))}
          >
            <option value="">{t('anyStatus')}</option>
            {vacancyStatuses.map(s => <option key={s} value={s}>{t(`status${s}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="hr-vacancy-text">{t('searchText')}</label>
          <input id="hr-vacancy-text" type="search" maxLength={200} value={typed} onChange={event => setTyped(event.target.value)} />
        </div>
        <div className="search-form__actions">
          <button type="submit" className="button">{t('search')}</button>
        </div>
      </form>
      <div aria-busy={busy}>
        <p role="status" aria-live="polite" className="results__count">
          {page ? fill(t('found'), { count: format.number(page.totalCount) }) : ''}
        </p>
        {page && page.nodes.length === 0 && <p className="status">{t('noVacancies')}</p>}
        {page && page.nodes.length > 0 && (
          <ul className="hr-list">
            {page.nodes.map(vacancy => (
              <li key={vacancy.id} className="hr-card">
                <h2 className="hr-card__title"><Link href={`/hr/vacancies/${vacancy.id}`}>{vacancy.title.text}</Link></h2>
                <dl className="facts">
                  <div><dt>{t('code')}</dt><dd>{vacancy.code}</dd></div>
                  <div><dt>{t('status')}</dt><dd><span className={`hr-badge hr-badge--${vacancy.status.toLowerCase()}`}>{t(`status${vacancy.status}`)}</span></dd></div>
                  <div><dt>{common('deadline')}</dt><dd>{format.dateTime(vacancy.deadline)}</dd></div>
                  <div><dt>{common('positionGroup')}</dt><dd>{common(`group${vacancy.group}`)}</dd></div>
                </dl>
              </li>
            ))}
          </ul>
        )}
        {!page && busy && <Loading />}
        {error != null && <LoadError retry={page ? loadMore : reload} />}
        {page && page.hasNextPage && (
          <div className="load-more">
            <p>{fill(common('shown'), { shown: format.number(page.nodes.length), total: format.number(page.totalCount) })}</p>
            <button type="button" className="button" onClick={loadMore} disabled={busy}>{busy ? common('loading') : common('loadMore')}</button>
          </div>
        )}
      </div>
    </section>
  );
}
