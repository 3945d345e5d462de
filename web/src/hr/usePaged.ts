import { useCallback, useEffect, useState } from 'react';

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

interface Loaded<T> extends Page<T> {
  key: string;
}

/**
 * A cursor-paged list: the first page whenever `key` changes, further pages appended by `loadMore`.
 * `update` changes loaded items in place (e.g. after claiming a task) without reloading every page.
 */
export function usePaged<T>(key: string, fetchPage: (after: string | null, signal?: AbortSignal) => Promise<Page<T>>) {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setBusy(true);
    setError(null);
    fetchPage(null, controller.signal)
      .then(page => setLoaded({ key, ...page }))
      .catch((e: unknown) => !controller.signal.aborted && setError(e))
      .finally(() => !controller.signal.aborted && setBusy(false));
    return () => controller.abort();
    // fetchPage changes with every render; the key says what it fetches.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const current = loaded?.key === key ? loaded : null;

  const loadMore = useCallback(() => {
    if (!current?.endCursor) return;
    setBusy(true);
    setError(null);
    fetchPage(current.endCursor)
      .then(page => setLoaded(previous => previous && previous.key === key
        ? { ...previous, nodes: [...previous.nodes, ...page.nodes], totalCount: page.totalCount, endCursor: page.endCursor, hasNextPage: page.hasNextPage }
        : previous))
      .catch((e: unknown) => setError(e))
      .finally(() => setBusy(false));
  }, [current, fetchPage, key]);

  const update = useCallback((change: (nodes: T[]) => T[]) => {
    setLoaded(previous => previous && { ...previous, nodes: change(previous.nodes) });
  }, []);

  const reload = useCallback(() => setAttempt(a => a + 1), []);

  return { page: current, busy, error, loadMore, reload, update };
}
