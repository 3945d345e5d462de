import { GraphQLRequestError } from '../api/client';

/**
 * What to tell the reviewer when a request failed: the server's own message when it refused (it comes localised
 * in the page's language, with a stable code), otherwise the fallback (network failure, HTTP error).
 */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof GraphQLRequestError && error.errors.length > 0 ? error.message : fallback;
}
