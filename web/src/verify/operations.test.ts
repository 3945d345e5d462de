import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyPdf } from './operations';

afterEach(() => vi.unstubAllGlobals());

describe('verifyPdf', () => {
  it('sends the bytes as a PDF in the page’s language and returns the verdict', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ verdict: 'VALID', number: 'AR-7K3M9QX2TD', basis: 'EMBEDDED_SIGNATURE' }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);

    const answer = await verifyPdf(new Blob(['%PDF-1.7']), 'en');

    expect(answer).toMatchObject({ verdict: 'VALID', number: 'AR-7K3M9QX2TD' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/applications/verify');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/pdf', 'Accept-Language': 'en' });
  });

  it('turns a refusal into its localised message', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ code: 'DOCUMENT_TOO_LARGE', message: 'The file is larger than 10 MB.' }), { status: 413 })));

    expect(await verifyPdf(new Blob(['x']), 'en')).toEqual({ error: 'The file is larger than 10 MB.' });
  });
});
