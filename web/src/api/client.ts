import type { Language } from '../i18n/languages';

export interface GraphQLErrorItem {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A request that failed: a network or HTTP failure, or errors in the response. */
export class GraphQLRequestError extends Error {
  readonly status: number | null;
  readonly errors: GraphQLErrorItem[];

  constructor(message: string, status: number | null, errors: GraphQLErrorItem[] = []) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.status = status;
    this.errors = errors;
  }
}

export interface RequestOptions {
  language: Language;
  /** The signed-in person's access token, sent as a bearer token. */
  accessToken?: string;
  signal?: AbortSignal;
  endpoint?: string;
  fetch?: typeof fetch;
}

/** Sends one GraphQL operation to the portal's endpoint (POST application/json) and returns its data. */
export async function graphql<TData, TVariables extends object = Record<string, never>>(
  query: string,
  variables: TVariables,
  options: RequestOptions,
): Promise<TData> {
  const send = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await send(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json;q=0.9',
        'Accept-Language': options.language,
        ...(options.accessToken ? { Authorization: `Bearer ${options.accessToken}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new GraphQLRequestError(error instanceof Error ? error.message : String(error), null);
  }

  let body: { data?: TData | null; errors?: GraphQLErrorItem[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  const errors = body?.errors ?? [];
  if (errors.length > 0) {
    throw new GraphQLRequestError(errors.map(e => e.message).join('\n'), response.status, errors);
  }
  if (!response.ok || body?.data == null) {
    throw new GraphQLRequestError(`HTTP ${response.status}`, response.status);
  }
  return body.data;
}

/** The stable code of the first error (`NOT_AUTHENTICATED`, `PROFILE_INCOMPLETE`, …), if the server gave one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof GraphQLRequestError ? error.errors[0]?.extensions?.code : undefined;
}

/** The token was refused: expired, revoked, or the person no longer exists. */
export function isSignedOut(error: unknown): boolean {
  return error instanceof GraphQLRequestError && (error.status === 401 || errorCode(error) === 'NOT_AUTHENTICATED');
}
