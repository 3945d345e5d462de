import { useEffect, useState, type FormEvent } from 'react';
import { graphql } from '../api/client';
import type { ReferenceDataQuery, VacanciesQuery, VacanciesQueryVariables, VacancySort } from '../api/generated';
import { referenceDataQuery, vacanciesQuery } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { fill } from '../i18n/messages';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { navigate } from '../routing/router';
import { SaveSearchPanel } from '../search/SaveSearchPanel';
import { parseSalary, positionGroups, searchFromQuery, searchToFilter, searchToQuery, sorts, type SearchState } from '../search/searchState';
import { LoadError, Loading } from './Status';
import { VacancyCard } from './VacancyCard';

const pageSize = 20;
type Vacancies = VacanciesQuery['vacancies'];

interface Results {
  key: string;
  nodes: Vacancies['nodes'];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export function SearchPage({ query }: { query: string }) {
  const { t, format, messages, language } = useI18n();
  const search = searchFromQuery(query);
  const key = searchToQuery(search) + '|' + language;
  useDocumentTitle(t('searchHeading'));
  const reference = useQuery<ReferenceDataQuery, Record<string, never>>(referenceDataQuery, {});
  const [results, setResults] = useState<Results | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);

  const fetchPage = (after: string | null, signal?: AbortSignal) =>
    graphql<VacanciesQuery, VacanciesQueryVariables>(
      vacanciesQuery,
      { first: pageSize, after, filter: searchToFilter(search), sort: search.sort },
      { language, signal },
    );

  // A new search (or language) starts from the first page.
  useEffect(() => {
    const controller = new AbortController();
    setBusy(true);
    setError(null);
    fetchPage(null, controller.signal)
      .then(data => setResults({
        key,
        nodes: data.vacancies.nodes,
        totalCount: data.vacancies.totalCount,
        endCursor: data.vacancies.pageInfo.endCursor,
        hasNextPage: data.vacancies.pageInfo.hasNextPage,
      }))
      .catch((e: unknown) => !controller.signal.aborted && setError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => !controller.signal.aborted && setBusy(false));
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const loadMore = () => {
    if (!results?.endCursor) return;
    setBusy(true);
    setError(null);
    fetchPage(results.endCursor)
      .then(data => setResults(current => current && current.key === key ? {
        ...current,
        nodes: [...current.nodes, ...data.vacancies.nodes],
        totalCount: data.vacancies.totalCount,
        endCursor: data.vacancies.pageInfo.endCursor,
        hasNextPage: data.vacancies.pageInfo.hasNextPage,
      } : current))
      .catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => setBusy(false));
  };

  const apply = (next: SearchState) => navigate('/' + searchToQuery(next), { replace: false });
  const current = results?.key === key ? results : null;

  return (
    <section className="page" aria-labelledby="search-heading">
      <h1 id="search-heading">{t('searchHeading')}</h1>
      <SearchForm
        key={query}
        search={search}
        reference={reference.status === 'done' ? reference.data : null}
        onApply={apply}
      />
      <div className="results" aria-busy={busy}>
        <div className="results__summary">
          <p role="status" aria-live="polite" className="results__count">
            {current ? format.plural(current.totalCount, messages.found) : busy ? t('loading') : ''}
          </p>
          <label className="sort">
            <span>{t('sort')}</span>
            <select value={search.sort} onChange={event => apply({ ...search, sort: event.target.value as VacancySort })}>
              {sorts.map(sort => <option key={sort} value={sort}>{t(`sort${sort}`)}</option>)}
            </select>
          </label>
        </div>
        {current && current.nodes.length === 0 && <p className="status">{t('noResults')}</p>}
        {current && current.nodes.length > 0 && (
          <ul className="vacancy-list">
            {current.nodes.map(vacancy => (
              <li key={vacancy.id}><VacancyCard vacancy={vacancy} /></li>
            ))}
          </ul>
        )}
        {!current && busy && <Loading />}
        {error && <LoadError retry={() => (current ? loadMore() : setAttempt(a => a + 1))} />}
        <SaveSearchPanel filter={searchToFilter(search)} />
        {current && current.hasNextPage && (
          <div className="load-more">
            <p>{fill(t('shown'), { shown: format.number(current.nodes.length), total: format.number(current.totalCount) })}</p>
            <button type="button" className="button" onClick={loadMore} disabled={busy}>
              {busy ? t('loading') : t('loadMore')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

interface SearchFormProps {
  search: SearchState;
  reference: ReferenceDataQuery | null;
  onApply(search: SearchState): void;
}

function SearchForm({ search, reference, onApply }: SearchFormProps) {
  const { t } = useI18n();
  const [text, setText] = useState(search.text);
  const [salary, setSalary] = useState(search.salaryFrom?.toString() ?? '');

  const draft = (): SearchState => ({ ...search, text, salaryFrom: parseSalary(salary) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft());
  };
  const reset = () => {
    setText('');
    setSalary('');
    onApply({ text: '', stateBodyId: null, regionCode: null, group: null, salaryFrom: null, sort: search.sort });
  };

  return (
    <form role="search" aria-label={t('searchForm')} className="search-form" onSubmit={submit}>
      <div className="field field--wide">
        <label htmlFor="search-text">{t('searchText')}</label>
        <input
          id="search-text"
          type="search"
          name="q"
          value={text}
          maxLength={200}
          placeholder={t('searchTextHint')}
          onChange={event => setText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="search-body">{t('stateBody')}</label>
        <select id="search-body" value={search.stateBodyId ?? ''} onChange={event => onApply({ ...draft(), stateBodyId: event.target.value || null })}>
          <option value="">{t('any')}</option>
          {reference?.stateBodies.map(body => <option key={body.id} value={body.id}>{body.name.text}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="search-region">{t('region')}</label>
        <select id="search-region" value={search.regionCode ?? ''} onChange={event => onApply({ ...draft(), regionCode: event.target.value || null })}>
          <option value="">{t('any')}</option>
          {reference?.regions.map(region => <option key={region.code} value={region.code}>{region.name.text}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="search-group">{t('positionGroup')}</label>
        <select
          id="search-group"
          value={search.group ?? ''}
          onChange={event => onApply({ ...draft(), group: positionGroups.find(g => g === event.target.value) ?? null })}
        >
          <option value="">{t('any')}</option>
          {positionGroups.map(group => <option key={group} value={group}>{t(`group${group}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="search-salary">{t('salaryFrom')}</label>
        <input
          id="search-salary"
          inputMode="numeric"
          autoComplete="off"
          value={salary}
          onChange={event => setSalary(event.target.value)}
        />
      </div>
      <div className="search-form__actions">
        <button type="submit" className="button">{t('searchSubmit')}</button>
        <button type="button" className="button button--secondary" onClick={reset}>{t('searchReset')}</button>
      </div>
    </form>
  );
}
