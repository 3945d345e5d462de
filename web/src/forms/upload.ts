import type { Language } from '../i18n/languages';

export interface UploadedDocument {
  id: string;
  fileName: string;
  format: string;
  sizeBytes: number;
}

export type UploadResult = { ok: true; document: UploadedDocument } | { ok: false; message: string; code?: string };

/**
 * «Документти жүктөө»: sends one file to POST /api/documents (multipart). The server checks the size and
 * the real format (PDF, JPEG, PNG) and answers a localised message with a stable code when it refuses.
 */
export async function uploadDocument(file: File, accessToken: string, language: Language, send: typeof fetch = fetch): Promise<UploadResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await send('/api/documents', {
      method: 'POST',
      body,
      headers: { Authorization: `Bearer ${accessToken}`, 'Accept-Language': language },
    });
  } catch {
    return { ok: false, message: '' };
  }
  const json = (await response.json().catch(() => undefined)) as
    | (UploadedDocument & { code?: string; message?: string; detail?: string; title?: string })
    | undefined;
  if (response.ok && json?.id) return { ok: true, document: json };
  return { ok: false, message: json?.message ?? json?.detail ?? json?.title ?? '', code: json?.code };
}

/** Fetches a file that needs the bearer token and opens it (a new tab), or saves it under its name. */
export async function openProtectedFile(url: string, accessToken: string, fileName?: string): Promise<boolean> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } }).catch(() => undefined);
  if (!response?.ok) return false;
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  if (fileName) link.download = fileName;
  else link.target = '_blank';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
  return true;
}
