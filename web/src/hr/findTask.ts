import type { HrTaskIdsQuery, HrTaskIdsQueryVariables } from '../api/generated';
import { hrTaskIdsQuery } from './taskOperations';

export type FoundTask = HrTaskIdsQuery['hrTasks']['nodes'][number];

type Request = <TData, TVariables extends object>(query: string, variables: TVariables, signal?: AbortSignal) => Promise<TData>;

/** The API lists open tasks but has no task by id: the task page looks for its task page by page (100 a page, at most 50 pages). */
export async function findTask(request: Request, taskId: string, signal?: AbortSignal): Promise<FoundTask | null> {
  const wanted = taskId.toLowerCase();
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const data: HrTaskIdsQuery = await request<HrTaskIdsQuery, HrTaskIdsQueryVariables>(hrTaskIdsQuery, { first: 100, after }, signal);
    const found = data.hrTasks.nodes.find(task => task.id.toLowerCase() === wanted);
    if (found) return found;
    if (!data.hrTasks.pageInfo.hasNextPage || !data.hrTasks.pageInfo.endCursor) return null;
    after = data.hrTasks.pageInfo.endCursor;
  }
  return null;
}
