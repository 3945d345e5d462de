import { useState, type FormEvent } from 'react';
import type {
  AdminWorkflowInstancesQuery, AdminWorkflowInstancesQueryVariables, AdminWorkflowProcessKeysQuery,
} from '../../api/generated';
import { useGraphQL, useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n/I18n';
import { useTexts } from '../../i18n/texts';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { LoadError, Loading } from '../../pages/Status';
import { Link, navigate, useLocation } from '../../routing/router';
import { adminPaths } from '../adminRoute';
import { errorMessage } from '../adminErrors';
import { instanceListQuery, instanceStates, readInstanceFilter, type InstanceFilter } from './instanceFilter';
import { monitorTexts } from './monitorTexts';
import { CancelTestRuns } from './CancelTestRuns';
import { workflowInstancesQuery, workflowProcessKeysQuery } from './instanceOperations';

const pageSize = 20;

type Instance = AdminWorkflowInstancesQuery['workflowInstances']['nodes'][number];

/** /admin/instances?key=&version=&state=&businessKey=&testRun=: process instances, newest first, paged by cursor. */
export function InstanceListPage() {
  const t = useTexts(monitorTexts);
  useDocumentTitle(t('listTitle'));
  const { search } = useLocation();
  const filter = readInstanceFilter(search);
  const query = instanceListQuery(filter);
  const [revision, setRevision] = useState(0);
  return (
    <section className="page" aria-labelledby="instances-heading">
      <h1 id="instances-heading">{t('listTitle')}</h1>
      <FilterForm key={`form${query}`} filter={filter} />
      <CancelTestRuns key={`cancel${query}`} processKey={filter.definitionKey} onCancelled={() => setRevision(n => n + 1)} />
      <InstanceResults key={`list${query}#${revision}`} filter={filter} />
    </section>
  );
}

function FilterForm({ filter }: { filter: InstanceFilter }) {
  const t = useTexts(monitorTexts);
  const keys = useQuery<AdminWorkflowProcessKeysQuery, Record<string, never>>(workflowProcessKeysQuery, {});
  const [form, setForm] = useState({
    key: filter.definitionKey ?? '', version: filter.version ? String(filter.version) : '', state: filter.state ?? '', businessKey: filter.businessKey ?? '',
    testRun: filter.isTestRun === undefined ? '' : filter.isTestRun ? 'only' : 'none',
  });
  const processKeys = keys.status === 'done' ? [...new Set(keys.data.workflowDefinitions.map(d => d.key))] : [];
  if (form.key && !processKeys.includes(form.key)) processKeys.push(form.key);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Through the address's own reading, so a bad version or stray spaces are dropped the same way.
    const next = readInstanceFilter(`?${new URLSearchParams(form).toString()}`);
    navigate(adminPaths.instances(instanceListQuery(next)));
  };
  const set = (name: keyof typeof form) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setForm(previous => ({ ...previous, [name]: value }));
  };

  return (
    <form className="search-form admin-filter" onSubmit={submit} aria-labelledby="filter-heading">
      <h2 id="filter-heading" className="admin-filter__title">{t('filterTitle')}</h2>
      <div className="field">
        <label htmlFor="filter-key">{t('process')}</label>
        <select id="filter-key" value={form.key} onChange={set('key')}>
          <option value="">{t('anyProcess')}</option>
          {processKeys.map(key => <option key={key} value={key}>{key}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-version">{t('version')}</label>
        <input id="filter-version" type="number" min={1} inputMode="numeric" value={form.version} onChange={set('version')} />
      </div>
      <div className="field">
        <label htmlFor="filter-state">{t('state')}</label>
        <select id="filter-state" value={form.state} onChange={set('state')}>
          <option value="">{t('anyState')}</option>
          {instanceStates.map(state => <option key={state} value={state}>{t(`state${state}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-business-key">{t('businessKey')}</label>
        <input id="filter-business-key" value={form.businessKey} onChange={set('businessKey')} />
      </div>
      <div className="field">
        <label htmlFor="filter-test-run">{t('testRuns')}</label>
        <select id="filter-test-run" value={form.testRun} onChange={set('testRun')}>
          <option value="">{t('testRunsAny')}</option>
          <option value="only">{t('testRunsOnly')}</option>
          <option value="none">{t('testRunsNone')}</option>
        </select>
      </div>
      <div className="search-form__actions">
        <button type="submit" className="button">{t('apply')}</button>
        <Link href={adminPaths.instances()} className="button button--secondary">{t('clear')}</Link>
      </div>
    </form>
  );
}

function InstanceResults({ filter }: { filter: InstanceFilter }) {
  const t = useTexts(monitorTexts);
  const request = useGraphQL();
  const variables: AdminWorkflowInstancesQueryVariables = { filter, first: pageSize, after: null };
  const first = useQuery<AdminWorkflowInstancesQuery, AdminWorkflowInstancesQueryVariables>(workflowInstancesQuery, variables);
  const [more, setMore] = useState<{ nodes: Instance[]; hasNextPage: boolean; endCursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  if (first.status === 'loading') return <Loading />;
  if (first.status === 'error') return <LoadError retry={first.retry} />;
  const page = first.data.workflowInstances;
  const nodes = [...page.nodes, ...(more?.nodes ?? [])];
  const hasNextPage = more ? more.hasNextPage : page.pageInfo.hasNextPage;
  const cursor = more ? more.endCursor : page.pageInfo.endCursor;

  const loadMore = async () => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const next = await request<AdminWorkflowInstancesQuery, AdminWorkflowInstancesQueryVariables>(
        workflowInstancesQuery, { ...variables, after: cursor });
      const data = next.workflowInstances;
      setMore(previous => ({ nodes: [...(previous?.nodes ?? []), ...data.nodes], hasNextPage: data.pageInfo.hasNextPage, endCursor: data.pageInfo.endCursor }));
    } catch (error) {
      setMoreError(t('actionFailed', { message: errorMessage(error) }));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div className="admin-results">
      <p className="results__count" role="status">{t('found', { count: page.totalCount })}</p>
      {nodes.length === 0 && <p>{t('none')}</p>}
      <ul className="admin-list">
        {nodes.map(instance => <InstanceItem key={instance.id} instance={instance} />)}
      </ul>
      {moreError && <p className="status status--error" role="alert">{moreError}</p>}
      {hasNextPage && (
        <p className="load-more">
          <button type="button" className="button button--secondary" disabled={loadingMore} onClick={() => void loadMore()}>{t('loadMore')}</button>
        </p>
      )}
    </div>
  );
}

function InstanceItem({ instance }: { instance: Instance }) {
  const t = useTexts(monitorTexts);
  const { format } = useI18n();
  return (
    <li className="admin-list__item admin-instance">
      <h2 className="admin-list__title">
        <Link href={adminPaths.instance(instance.id)}>{instance.businessKey || instance.id}</Link>
        {instance.isTestRun && <>{' '}<span className="admin-badge admin-badge--test">{t('testRunBadge')}</span></>}
      </h2>
      <dl className="admin-facts">
        <div><dt>{t('definition')}</dt><dd>{instance.definitionKey}:{instance.definitionVersion}</dd></div>
        <div><dt>{t('state')}</dt><dd><span className={`admin-state admin-state--${instance.state.toLowerCase()}`}>{t(`state${instance.state}`)}</span></dd></div>
        <div><dt>{t('started')}</dt><dd>{format.dateTime(instance.startedAt)}</dd></div>
        {instance.endedAt && <div><dt>{t('ended')}</dt><dd>{format.dateTime(instance.endedAt)}</dd></div>}
        {instance.openIncidentCount > 0 && <div><dt>{t('openIncidents')}</dt><dd className="admin-alert">{instance.openIncidentCount}</dd></div>}
      </dl>
    </li>
  );
}
