import { describe, expect, it, vi } from 'vitest';
import { graphql, GraphQLRequestError } from './client';

const respond = (status: number, body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

describe('graphql', () => {
  it('POSTs the operation as JSON with the UI language and returns data', async () => {
    const fetch = respond(200, { data: { regions: [] } });
    const data = await graphql<{ regions: unknown[] }, { a: number }>('query { regions { code } }', { a: 1 }, { language: 'ru', fetch });
    expect(data).toEqual({ regions: [] });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('ru');
    expect(JSON.parse(init.body as string)).toEqual({ query: 'query { regions { code } }', variables: { a: 1 } });
  });

  it('throws the errors the server sends, with their codes', async () => {
    const fetch = respond(200, { errors: [{ message: 'Бет өтө чоң', extensions: { code: 'PAGE_TOO_LARGE' } }], data: null });
    const error = await graphql('q', {}, { language: 'ky', fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).errors[0].extensions?.code).toBe('PAGE_TOO_LARGE');
    expect((error as GraphQLRequestError).message).toBe('Бет өтө чоң');
  });

  it('throws on an HTTP failure without a GraphQL body, and on a network failure', async () => {
    const html = vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502 }));
    await expect(graphql('q', {}, { language: 'en', fetch: html })).rejects.toMatchObject({ status: 502 });
    const offline = vi.fn(async () => { throw new TypeError('Failed to fetch'); });
    await expect(graphql('q', {}, { language: 'en', fetch: offline })).rejects.toMatchObject({ status: null, message: 'Failed to fetch' });
  });
});
