import { useCallback, useState } from 'react';
import { GraphQLRequestError } from '../api/client';
import { useGraphQL } from '../api/useQuery';

export type MutationState = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; message: string; code?: string };

/**
 * Runs a mutation and keeps what the person should be told: saving, saved, or the server's own localised
 * message (with its stable code) when it refused. The form's values stay as typed, so nothing is lost.
 */
export function useMutation<TData, TVariables extends object>(mutation: string) {
  const request = useGraphQL();
  const [state, setState] = useState<MutationState>({ status: 'idle' });

  const run = useCallback(
    async (variables: TVariables): Promise<TData | undefined> => {
      setState({ status: 'saving' });
      try {
        const data = await request<TData, TVariables>(mutation, variables);
        setState({ status: 'saved' });
        return data;
      } catch (error) {
        setState(failure(error));
        return undefined;
      }
    },
    [request, mutation],
  );

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, run, reset };
}

export function failure(error: unknown): MutationState {
  if (error instanceof GraphQLRequestError && error.errors.length > 0) {
    return { status: 'failed', message: error.errors.map(e => e.message).join(' '), code: error.errors[0].extensions?.code };
  }
  return { status: 'failed', message: '' };
}
