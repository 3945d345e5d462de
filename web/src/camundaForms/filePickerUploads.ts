import type { UploadResult } from '../forms/upload';
import type { ServerFieldError } from './fieldErrors';
import type { FormSchema } from './formFile';

/** A filepicker's value once submitted: Camunda's document reference shape (decision 0105). */
export interface DocumentReference {
  documentId: string;
  metadata: { fileName: string; contentType: string; size: number };
}

export type UploadFile = (file: File) => Promise<UploadResult>;

export type PickedFilesResult = { ok: true; data: Record<string, unknown> } | { ok: false; errors: ServerFieldError[] };

const contentTypes: Record<string, string> = { PDF: 'application/pdf', JPEG: 'image/jpeg', PNG: 'image/png' };

/** The variable path of each filepicker field ("evidence.scans": a group's path, then its key). */
export function filePickerPaths(schema: FormSchema): string[] {
  const paths: string[] = [];
  const walk = (components: unknown[], prefix: string[]) => {
    for (const item of components) {
      if (!item || typeof item !== 'object') continue;
      const component = item as { type?: unknown; key?: unknown; path?: unknown; components?: unknown };
      if (component.type === 'group' && Array.isArray(component.components)) {
        walk(component.components, typeof component.path === 'string' && component.path ? [...prefix, ...component.path.split('.')] : prefix);
      } else if (component.type === 'filepicker' && typeof component.key === 'string') {
        paths.push([...prefix, component.key].join('.'));
      }
    }
  };
  walk(schema.components ?? [], []);
  return paths;
}

/**
 * form-js submits a filepicker as a key ("files::…") into its registry of picked files. Each picked file is uploaded
 * (POST /api/documents, one at a time) and the field's value becomes the list of the uploaded documents' references. A
 * refused upload is an error at its field, in the server's words, and no data is given back: nothing is to be submitted.
 * `uploaded` remembers files already sent, so a second try after a refusal does not upload them again.
 */
export async function uploadPickedFiles(
  schema: FormSchema,
  data: Record<string, unknown>,
  files: Map<string, File[]>,
  upload: UploadFile,
  uploaded: Map<File, DocumentReference>,
  failedMessage: string,
): Promise<PickedFilesResult> {
  const result = structuredClone(data);
  const errors: ServerFieldError[] = [];
  for (const path of filePickerPaths(schema)) {
    const keys = path.split('.');
    const parent = keys.slice(0, -1).reduce<Record<string, unknown> | undefined>(
      (node, key) => (node?.[key] && typeof node[key] === 'object' ? (node[key] as Record<string, unknown>) : undefined), result);
    const last = keys[keys.length - 1];
    const value = parent?.[last];
    if (!parent || typeof value !== 'string') continue;
    const picked = files.get(value);
    if (!picked) {
      parent[last] = null;
      continue;
    }
    const references: DocumentReference[] = [];
    for (const file of picked) {
      const known = uploaded.get(file);
      if (known) {
        references.push(known);
        continue;
      }
      const sent = await upload(file);
      if (!sent.ok) {
        errors.push({ key: path, code: sent.code ?? 'UPLOAD_FAILED', message: sent.message ? `${file.name}: ${sent.message}` : `${file.name}: ${failedMessage}` });
        break;
      }
      const reference = {
        documentId: sent.document.id,
        metadata: { fileName: sent.document.fileName, contentType: contentTypes[sent.document.format] ?? '', size: sent.document.sizeBytes },
      };
      uploaded.set(file, reference);
      references.push(reference);
    }
    parent[last] = references;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: result };
}
