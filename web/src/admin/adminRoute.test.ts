import { describe, expect, it } from 'vitest';
import { adminPaths, parseAdminSection } from './adminRoute';

describe('parseAdminSection', () => {
  it('reads each page of the workspace', () => {
    expect(parseAdminSection('')).toEqual({ page: 'overview' });
    expect(parseAdminSection('workflows')).toEqual({ page: 'workflows' });
    expect(parseAdminSection('workflows/application-lifecycle')).toEqual({ page: 'designer', key: 'application-lifecycle' });
    expect(parseAdminSection('workflows/application-lifecycle/versions/3')).toEqual({ page: 'version', key: 'application-lifecycle', version: 3 });
    expect(parseAdminSection('instances')).toEqual({ page: 'instances' });
    expect(parseAdminSection('instances/7f0c')).toEqual({ page: 'instance', id: '7f0c' });
    expect(parseAdminSection('deliveries/')).toEqual({ page: 'deliveries' });
    expect(parseAdminSection('forms')).toEqual({ page: 'forms' });
    expect(parseAdminSection('forms/security-check')).toEqual({ page: 'form', formId: 'security-check' });
    expect(parseAdminSection('forms/a/b')).toEqual({ page: 'notFound' });
  });

  it('decodes keys and refuses what it does not know', () => {
    expect(parseAdminSection('workflows/a%20b')).toEqual({ page: 'designer', key: 'a b' });
    expect(parseAdminSection('workflows/%E0%A4')).toEqual({ page: 'notFound' });
    expect(parseAdminSection('workflows/x/versions/0')).toEqual({ page: 'notFound' });
    expect(parseAdminSection('workflows/x/versions/two')).toEqual({ page: 'notFound' });
    expect(parseAdminSection('instances/a/b')).toEqual({ page: 'notFound' });
    expect(parseAdminSection('settings')).toEqual({ page: 'notFound' });
  });

  it('writes paths that read back the same', () => {
    expect(parseAdminSection(adminPaths.designer('a/b').slice('/admin/'.length))).toEqual({ page: 'designer', key: 'a/b' });
    expect(adminPaths.designer('p', 2)).toBe('/admin/workflows/p?from=2');
    expect(parseAdminSection(adminPaths.version('p', 12).slice('/admin/'.length))).toEqual({ page: 'version', key: 'p', version: 12 });
  });
});
