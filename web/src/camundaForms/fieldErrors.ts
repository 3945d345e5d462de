import { GraphQLRequestError } from '../api/client';
import type { FormSchema } from './formFile';

/** One field the server refused (FORM_DATA_INVALID's `extensions.data.fields`), its message in the page's language. */
export interface ServerFieldError {
  key: string;
  code: string;
  message: string;
}

function isFieldError(value: unknown): value is ServerFieldError {
  if (!value || typeof value !== 'object') return false;
  const item = value as Record<string, unknown>;
  return typeof item.key === 'string' && typeof item.code === 'string' && typeof item.message === 'string';
}

/** The refused fields of a failed completion, or null when the request failed for another reason. */
export function serverFieldErrors(error: unknown): ServerFieldError[] | null {
  if (!(error instanceof GraphQLRequestError)) return null;
  const refusal = error.errors.find(e => e.extensions?.code === 'FORM_DATA_INVALID');
  const data = refusal?.extensions?.data as { fields?: unknown } | undefined;
  return Array.isArray(data?.fields) ? data.fields.filter(isFieldError) : null;
}

/** Each input field's variable path ("address.city": a group's path, then its key) → the component's id. */
export function fieldIdsByPath(schema: FormSchema): Map<string, string> {
  const ids = new Map<string, string>();
  const walk = (components: unknown[], prefix: string[]) => {
    for (const item of components) {
      if (!item || typeof item !== 'object') continue;
      const component = item as { id?: unknown; key?: unknown; type?: unknown; path?: unknown; components?: unknown };
      if (component.type === 'group' && Array.isArray(component.components)) {
        const path = typeof component.path === 'string' && component.path ? [...prefix, ...component.path.split('.')] : prefix;
        walk(component.components, path);
      } else if (typeof component.key === 'string' && typeof component.id === 'string') {
        ids.set([...prefix, component.key].join('.'), component.id);
      }
    }
  };
  walk(schema.components ?? [], []);
  return ids;
}

/**
 * The server's refusals as form-js shows errors (by component id, a list of messages each), and those that belong to no
 * field of the form (a variable it does not define), to show above it.
 */
export function placeFieldErrors(fields: ServerFieldError[], schema: FormSchema): { byId: Record<string, string[]>; unplaced: ServerFieldError[] } {
  const ids = fieldIdsByPath(schema);
  const byId: Record<string, string[]> = {};
  const unplaced: ServerFieldError[] = [];
  for (const field of fields) {
    const id = ids.get(field.key);
    if (id) (byId[id] ??= []).push(field.message);
    else unplaced.push(field);
  }
  return { byId, unplaced };
}
