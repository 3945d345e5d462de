import { useCallback, useState } from 'react';
import type { TaskBodyChoicesQuery, HrTasksQuery, HrTasksQueryVariables, HrVacancyChoicesQuery, TaskProcessChoicesQuery } from '../api/generated';
import { useGraphQL, useQuery } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { fill } from '../i18n/messages';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { navigate, useLocation } from '../routing/router';
import { LoadError, Loading } from '../pages/Status';
import { takeFlash } from './flash';
import { TaskCard, type TaskNode } from './TaskCard';
import { TaskFiltersForm } from './TaskFiltersForm';
import { taskFiltersFromQuery, taskFiltersToInput, taskFiltersToQuery, type TaskFilters } from './taskFilters';
import { taskBodyChoicesQuery, hrTasksQuery, hrVacancyChoicesQuery, taskProcessChoicesQuery } from './taskOperations';
import { taskTexts } from './taskTexts';
import { usePaged } from './usePaged';
import { useReviewer } from './useReviewer';

const pageSize = 20;
export const taskListFlash = 'tasks';

/** «Тапшырмалар»: the open tasks the reviewer may act on, filtered and sorted, with cursor paging; claim, give back, assign. */
export function TaskListPage() {
  const t = useTexts(taskTexts);
  const { t: common, format } = useI18n();
  const { search } = useLocation();
  const filters = taskFiltersFromQuery(search);
  const request = useGraphQL();
  const reviewer = useReviewer() ?? null;
  const [flash] = useState(() => takeFlash(taskListFlash));
  useDocumentTitle(t('tasksHeading'));
  const vacancies = useQuery<HrVacancyChoicesQuery, Record<string, never>>(hrVacancyChoicesQuery, {});
  const processes = useQuery<TaskProcessChoicesQuery, Record<string, never>>(taskProcessChoicesQuery, {});
  const allBodies = useQuery<TaskBodyChoicesQuery, Record<string, never>>(taskBodyChoicesQuery, {});
  // A reviewer chooses among their own bodies; an administrator (no body claims) among all.
  const bodies = allBodies.status === 'done'
    ? allBodies.data.stateBodies.filter(body => !reviewer?.bodyCodes.length || reviewer.bodyCodes.includes(body.code))
    : [];

  const key = taskFiltersToQuery(filters);
  const fetchPage = useCallback(
    async (after: string | null, signal?: AbortSignal) => {
      const data = await request<HrTasksQuery, HrTasksQueryVariables>(
        hrTasksQuery, { filter: taskFiltersToInput(taskFiltersFromQuery(key)), sort: taskFiltersFromQuery(key).sort, first: pageSize, after }, signal);
      return { nodes: data.hrTasks.nodes, totalCount: data.hrTasks.totalCount, ...data.hrTasks.pageInfo };
    },
    [request, key],
  );
  const { page, busy, error, loadMore, reload, update } = usePaged<TaskNode>(key, fetchPage);

  const apply = (next: TaskFilters) => navigate('/hr' + taskFiltersToQuery(next));
  const setClaimedBy = (taskId: string, claimedBy: string | null) =>
    update(nodes => nodes.map(node => (node.id === taskId ? { ...node, claimedBy } : node)));

  return (
    <section aria-labelledby="hr-tasks-heading">
      <h1 id="hr-tasks-heading">{t('tasksHeading')}</h1>
      {flash && <p className="hr-flash" role="status">{flash}</p>}
      <TaskFiltersForm
        filters={filters}
        vacancies={vacancies.status === 'done' ? vacancies.data.hrVacancies.nodes : []}
        processes={processes.status === 'done' ? processes.data.hrTaskProcesses : []}
        bodies={bodies}
        onChange={apply}
      />
      <div aria-busy={busy}>
        <p role="status" aria-live="polite" className="results__count">
          {page ? fill(t('tasksFound'), { count: format.number(page.totalCount) }) : ''}
        </p>
        {page && page.nodes.length === 0 && <p className="status">{t('noTasks')}</p>}
        {page && page.nodes.length > 0 && (
          <ul className="hr-list">
            {page.nodes.map(task => (
              <li key={task.id}>
                <TaskCard task={task} reviewer={reviewer} onClaimedBy={claimedBy => setClaimedBy(task.id, claimedBy)} />
              </li>
            ))}
          </ul>
        )}
        {!page && busy && <Loading />}
        {error != null && <LoadError retry={page ? loadMore : reload} />}
        {page && page.hasNextPage && (
          <div className="load-more">
            <p>{fill(common('shown'), { shown: format.number(page.nodes.length), total: format.number(page.totalCount) })}</p>
            <button type="button" className="button" onClick={loadMore} disabled={busy}>
              {busy ? common('loading') : common('loadMore')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
