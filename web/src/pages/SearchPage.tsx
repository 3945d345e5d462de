import { useEffect, useState, type FormEvent } from 'react';
import { graphql } from '../api/client';
import type { ReferenceDataQuery, VacanciesQuery, VacanciesQueryVariables, VacancySort } from '../api/generated';
import { referenceDataQuery, vacanciesQuery } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { fill } from '../i18n/messages';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { navigate } from '../routing/router';
import { Facets, type FacetCounts } from '../search/Facets';
import { SaveSearchPanel } from '../search/SaveSearchPanel';
import { emptySearch, parseSalary, searchFromQuery, searchToFilter, searchToQuery, sorts, type SearchState } from '../search/searchState';
import { useSuggestions } from '../search/useSuggestions';
import { LoadError, Loading } from './Status';
import { VacancyCard } from './VacancyCard';

const pageSize = 20;
type Vacancies = VacanciesQuery['vacancies'];

interface Results {
  key: string;
  edges: Vacancies['edges'];
  facets: FacetCounts | null;
  totalCount: number;
  totalCountIsExact: boolean;
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
      { first: pageSize, after, filter: searchToFilter(search), sort: search.sort, withFacets: after === null },
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
        edges: data.vacancies.edges,
        facets: data.vacancies.facets ?? null,
        totalCount: data.vacancies.totalCount,
        totalCountIsExact: data.vacancies.totalCountIsExact,
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
        edges: [...current.edges, ...data.vacancies.edges],
        totalCount: data.vacancies.totalCount,
        totalCountIsExact: data.vacancies.totalCountIsExact,
        endCursor: data.vacancies.pageInfo.endCursor,
        hasNextPage: data.vacancies.pageInfo.hasNextPage,
      } : current))
      .catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => setBusy(false));
  };

  const apply = (next: SearchState) => navigate('/' + searchToQuery(next), { replace: false });
  const current = results?.key === key ? results : null;
  const names = new Map<string, string>([
    ...(reference.status === 'done' ? reference.data.stateBodies.map(b => [b.id, b.name.text] as [string, string]) : []),
    ...(reference.status === 'done' ? reference.data.regions.map(r => [r.code, r.name.text] as [string, string]) : []),
  ]);

  return (
    <section className="page" aria-labelledby="search-heading">
      <h1 id="search-heading">{t('searchHeading')}</h1>
      <SearchForm key={query} search={search} onApply={apply} />
      <div className="search-layout">
      <Facets search={search} facets={current?.facets ?? results?.facets ?? null} names={names} onApply={apply} />
      <div className="results" aria-busy={busy}>
        <div className="results__summary">
          <p role="status" aria-live="polite" className="results__count">
            {current
              ? current.totalCountIsExact ? format.plural(current.totalCount, messages.found) : fill(t('foundAtLeast'), { count: format.number(current.totalCount) })
              : busy ? t('loading') : ''}
          </p>
          <label className="sort">
            <span>{t('sort')}</span>
            <select value={search.sort} onChange={event => apply({ ...search, sort: event.target.value as VacancySort })}>
              {sorts.map(sort => <option key={sort} value={sort}>{t(`sort${sort}`)}</option>)}
            </select>
          </label>
        </div>
        {current && current.edges.length === 0 && <p className="status">{t('noResults')}</p>}
        {current && current.edges.length > 0 && (
          <ul className="vacancy-list">
            {current.edges.map(edge => (
              <li key={edge.node.id}><VacancyCard vacancy={edge.node} snippet={edge.snippet} /></li>
            ))}
          </ul>
        )}
        {!current && busy && <Loading />}
        {error && <LoadError retry={() => (current ? loadMore() : setAttempt(a => a + 1))} />}
        <SaveSearchPanel filter={searchToFilter(search)} />
        {current && current.hasNextPage && (
          <div className="load-more">
            <p>{fill(t('shown'), { shown: format.number(current.edges.length), total: format.number(current.totalCount) + (current.totalCountIsExact ? '' : '+') })}</p>
            <button type="button" className="button" onClick={loadMore} disabled={busy}>
              {busy ? t('loading') : t('loadMore')}
            </button>
          </div>
        )}
      </div>
      </div>
    </section>
  );
}

interface SearchFormProps {
  search: SearchState;
  onApply(search: SearchState): void;
}

function SearchForm({ search, onApply }: SearchFormProps) {
  const { t, language } = useI18n();
  const [text, setText] = useState(search.text);
  const [salary, setSalary] = useState(search.salaryFrom?.toString() ?? '');
  const suggestions = useSuggestions(text === search.text ? '' : text, language);

  const draft = (): SearchState => ({ ...search, text, salaryFrom: parseSalary(salary) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft());
  };
  const reset = () => {
    setText('');
    setSalary('');
    onApply({ ...emptySearch, sort: search.sort });
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
          autoComplete="off"
          list="search-suggestions"
          placeholder={t('searchTextHint')}
          onChange={event => setText(event.target.value)}
        />
        <datalist id="search-suggestions">
          {suggestions.map(suggestion => <option key={suggestion} value={suggestion} />)}
        </datalist>
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
