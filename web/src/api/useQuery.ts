import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { graphql } from './client';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error; retry(): void }
  | { status: 'done'; data: T };

/** Runs a query when its variables or the language change (texts come back in the request's language). */
export function useQuery<TData, TVariables extends object>(query: string, variables: TVariables): QueryState<TData> {
  const { language } = useI18n();
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<QueryState<TData>>({ status: 'loading' });
  const retry = useCallback(() => setAttempt(a => a + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    graphql<TData, TVariables>(query, JSON.parse(key) as TVariables, { language, signal: controller.signal })
      .then(data => setState({ status: 'done', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)), retry });
      });
    return () => controller.abort();
  }, [query, key, language, attempt, retry]);

  return state;
}
