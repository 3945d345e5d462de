import { describe, expect, it } from 'vitest';
import { uploadDocument } from '../forms/upload';
import { filePickerPaths, uploadPickedFiles, type DocumentReference } from './filePickerUploads';

const schema = {
  id: 'evidence',
  components: [
    { id: 'F_note', type: 'textfield', key: 'note' },
    { id: 'F_scans', type: 'filepicker', key: 'scans', multiple: true },
    { id: 'G', type: 'group', path: 'extra', components: [{ id: 'F_photo', type: 'filepicker', key: 'photo' }] },
  ],
};

/** Answers as POST /api/documents does: 201 with the document, or the refusal's code and localised message. */
function server(refuse?: string) {
  const sent: string[] = [];
  const send = (async (_url: string, init: RequestInit) => {
    const file = (init.body as FormData).get('file') as File;
    sent.push(file.name);
    if (file.name === refuse) {
      return new Response(JSON.stringify({ code: 'DOCUMENT_TOO_LARGE', message: 'Файл больше 10 МБ.' }), { status: 413 });
    }
    const format = file.name.endsWith('.png') ? 'PNG' : 'PDF';
    return new Response(JSON.stringify({ id: `id-${file.name}`, fileName: file.name, format, sizeBytes: file.size }), { status: 201 });
  }) as typeof fetch;
  return { sent, upload: (file: File) => uploadDocument(file, 'token', 'ru', send) };
}

const scan = new File(['%PDF-1.4'], 'scan.pdf', { type: 'application/pdf' });
const page = new File(['%PDF-1.4 page'], 'page.pdf', { type: 'application/pdf' });
const photo = new File(['png'], 'photo.png', { type: 'image/png' });

describe('filepicker uploads', () => {
  it('finds filepickers under groups by their variable path', () => {
    expect(filePickerPaths(schema)).toEqual(['scans', 'extra.photo']);
  });

  it('uploads each picked file, then the field submits the documents’ references', async () => {
    const { sent, upload } = server();
    const data = { note: 'x', scans: 'files::1', extra: { photo: 'files::2' } };
    const files = new Map([['files::1', [scan, page]], ['files::2', [photo]]]);

    const result = await uploadPickedFiles(schema, data, files, upload, new Map(), 'failed');

    expect(sent).toEqual(['scan.pdf', 'page.pdf', 'photo.png']);
    expect(result).toEqual({
      ok: true,
      data: {
        note: 'x',
        scans: [
          { documentId: 'id-scan.pdf', metadata: { fileName: 'scan.pdf', contentType: 'application/pdf', size: scan.size } },
          { documentId: 'id-page.pdf', metadata: { fileName: 'page.pdf', contentType: 'application/pdf', size: page.size } },
        ],
        extra: { photo: [{ documentId: 'id-photo.png', metadata: { fileName: 'photo.png', contentType: 'image/png', size: photo.size } }] },
      },
    });
    expect(data.scans).toBe('files::1');
  });

  it('a refused upload is an error at its field in the server’s words, nothing to submit; a retry sends only what was not sent', async () => {
    const refusing = server('page.pdf');
    const uploaded = new Map<File, DocumentReference>();
    const data = { scans: 'files::1', extra: { photo: null } };
    const files = new Map([['files::1', [scan, page]]]);

    const result = await uploadPickedFiles(schema, data, files, refusing.upload, uploaded, 'failed');

    expect(result).toEqual({ ok: false, errors: [{ key: 'scans', code: 'DOCUMENT_TOO_LARGE', message: 'page.pdf: Файл больше 10 МБ.' }] });
    const accepting = server();
    const retried = await uploadPickedFiles(schema, data, files, accepting.upload, uploaded, 'failed');
    expect(accepting.sent).toEqual(['page.pdf']);
    expect(retried.ok && (retried.data.scans as DocumentReference[]).map(r => r.documentId)).toEqual(['id-scan.pdf', 'id-page.pdf']);
  });
});

describe('document references of a task', () => {
  it('lists each reference among the variables once', async () => {
    const { documentReferencesIn } = await import('./documentReferences');
    const reference = { documentId: 'd1', metadata: { fileName: 'scan.pdf', contentType: 'application/pdf', size: 3 } };
    expect(documentReferencesIn({ scans: [reference], extra: { again: [reference], other: { documentId: 'x' } }, note: 'd1' })).toEqual([reference]);
  });
});
