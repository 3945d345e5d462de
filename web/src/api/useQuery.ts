import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuth } from '../auth/Auth';
import { useI18n } from '../i18n/I18n';
import { graphql, isSignedOut } from './client';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error; retry(): void }
  | { status: 'done'; data: T; refresh(): void };

/**
 * Sends operations in the page's language with the signed-in person's token. A refused token signs the
 * page out (the caller's error then says so), instead of failing the same way on every request.
 */
export function useGraphQL() {
  const { language } = useI18n();
  const { user, forget } = useAuth();
  // The token is read when a request is sent: its silent renewal (every half hour) must not make a new request
  // function, which would run every query again and reset the forms a citizen is typing in.
  const token = useRef(user?.accessToken);
  token.current = user?.accessToken;
  const signedIn = user !== null;
  return useCallback(
    async <TData, TVariables extends object = Record<string, never>>(query: string, variables: TVariables, signal?: AbortSignal) => {
      const accessToken = token.current;
      try {
        return await graphql<TData, TVariables>(query, variables, { language, accessToken, signal });
      } catch (error) {
        if (accessToken && isSignedOut(error)) forget();
        throw error;
      }
    },
    // Who is signed in (not their current token) and the language decide what the answers say.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language, signedIn, forget],
  );
}

/** Runs a query when its variables, the language or the signed-in person change; `refresh` runs it again. */
export function useQuery<TData, TVariables extends object>(query: string, variables: TVariables): QueryState<TData> {
  const request = useGraphQL();
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<QueryState<TData>>({ status: 'loading' });
  const again = useCallback(() => setAttempt(a => a + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setState(previous => (previous.status === 'done' && attempt > 0 ? previous : { status: 'loading' }));
    request<TData, TVariables>(query, JSON.parse(key) as TVariables, controller.signal)
      .then(data => setState({ status: 'done', data, refresh: again }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)), retry: again });
      });
    return () => controller.abort();
  }, [query, key, request, attempt, again]);

  return state;
}
