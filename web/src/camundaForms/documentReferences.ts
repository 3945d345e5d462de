import type { DocumentReference } from './filePickerUploads';

function isReference(value: unknown): value is DocumentReference {
  if (!value || typeof value !== 'object') return false;
  const item = value as { documentId?: unknown; metadata?: { fileName?: unknown } | null };
  return typeof item.documentId === 'string' && typeof item.metadata?.fileName === 'string';
}

/** Every document reference (a filepicker's value) among a task's variables, once each, in the order met. */
export function documentReferencesIn(data: unknown): DocumentReference[] {
  const found = new Map<string, DocumentReference>();
  const walk = (value: unknown) => {
    if (isReference(value)) found.set(value.documentId, value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(data);
  return [...found.values()];
}
