import { GraphQLRequestError } from '../api/client';

/** The server's message for a refused action (already in the page's language), or the error's own text. */
export function errorMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError && error.errors.length > 0) return error.errors.map(e => e.message).join(' ');
  return error instanceof Error ? error.message : String(error);
}
