// The public check of a signed application: by its number (the QR code's link) or by the PDF itself.

export const verifyApplicationQuery = /* GraphQL */ `
  query VerifyApplication($number: String!) {
    verifyApplication(number: $number) { verdict number vacancyCode signerMaskedPin signedAt signedDocumentSha256 basis }
  }
`;

/** The answer of POST /api/applications/verify: the same facts as the query. */
export type VerificationAnswer = {
  verdict: 'VALID' | 'ALTERED' | 'UNKNOWN' | 'REVOKED' | 'NOT_SIGNED';
  number: string | null;
  vacancyCode: string | null;
  signerMaskedPin: string | null;
  signedAt: string | null;
  signedDocumentSha256: string | null;
  basis: 'EMBEDDED_SIGNATURE' | 'REGISTRY_HASH' | null;
  /** Only for a PDF whose signature carries a trusted time-stamp (PAdES B-T). */
  timeStampedAt?: string | null;
};

/** Sends the PDF's bytes; a refusal (too large, busy, unreadable) comes back as its localised message. */
export async function verifyPdf(file: Blob, language: string): Promise<VerificationAnswer | { error: string }> {
  const response = await fetch('/api/applications/verify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/pdf', 'Accept-Language': language },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as (VerificationAnswer & { message?: string }) | null;
  if (!response.ok || body === null) return { error: body?.message ?? response.statusText };
  return body;
}

