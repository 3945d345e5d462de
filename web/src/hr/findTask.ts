import type { HrTaskByIdQuery, HrTaskByIdQueryVariables } from '../api/generated';
import { hrTaskQuery } from './taskOperations';

export type FoundTask = NonNullable<HrTaskByIdQuery['hrTask']>;

type Request = <TData, TVariables extends object>(query: string, variables: TVariables, signal?: AbortSignal) => Promise<TData>;

/** One open task of the reviewer's bodies, or null when it is decided, unknown or another body's. */
export async function findTask(request: Request, taskId: string, signal?: AbortSignal): Promise<FoundTask | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(taskId)) return null; // a mistyped address
  const data = await request<HrTaskByIdQuery, HrTaskByIdQueryVariables>(hrTaskQuery, { id: taskId }, signal);
  return data.hrTask;
}
