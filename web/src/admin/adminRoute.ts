/** The pages of the administrators' workspace, from the path after /admin/. */
export type AdminRoute =
  | { page: 'overview' }
  | { page: 'workflows' }
  | { page: 'designer'; key: string }
  | { page: 'version'; key: string; version: number }
  | { page: 'instances' }
  | { page: 'instance'; id: string }
  | { page: 'deliveries' }
  | { page: 'roles' }
  | { page: 'forms' }
  | { page: 'form'; formId: string }
  | { page: 'notFound' };

function decoded(segment: string): string | null {
  try {
    const value = decodeURIComponent(segment);
    return value.trim() ? value : null;
  } catch {
    return null;
  }
}

export function parseAdminSection(section: string): AdminRoute {
  const parts = section.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
  const [first, second, third, fourth] = parts;
  if (parts.length === 0) return { page: 'overview' };
  if (first === 'workflows') {
    if (parts.length === 1) return { page: 'workflows' };
    const key = decoded(second);
    if (!key) return { page: 'notFound' };
    if (parts.length === 2) return { page: 'designer', key };
    if (parts.length === 4 && third === 'versions' && /^[1-9]\d{0,8}$/.test(fourth)) {
      return { page: 'version', key, version: Number(fourth) };
    }
    return { page: 'notFound' };
  }
  if (first === 'instances') {
    if (parts.length === 1) return { page: 'instances' };
    const id = parts.length === 2 ? decoded(second) : null;
    return id ? { page: 'instance', id } : { page: 'notFound' };
  }
  if (first === 'deliveries' && parts.length === 1) return { page: 'deliveries' };
  if (first === 'roles' && parts.length === 1) return { page: 'roles' };
  if (first === 'forms') {
    if (parts.length === 1) return { page: 'forms' };
    const formId = parts.length === 2 ? decoded(second) : null;
    return formId ? { page: 'form', formId } : { page: 'notFound' };
  }
  return { page: 'notFound' };
}

export const adminPaths = {
  overview: '/admin',
  workflows: '/admin/workflows',
  designer: (key: string, fromVersion?: number) =>
    `/admin/workflows/${encodeURIComponent(key)}${fromVersion ? `?from=${fromVersion}` : ''}`,
  version: (key: string, version: number) => `/admin/workflows/${encodeURIComponent(key)}/versions/${version}`,
  instances: (query = '') => `/admin/instances${query}`,
  instance: (id: string) => `/admin/instances/${encodeURIComponent(id)}`,
  deliveries: '/admin/deliveries',
  roles: '/admin/roles',
  forms: '/admin/forms',
  form: (formId: string) => `/admin/forms/${encodeURIComponent(formId)}`,
};
