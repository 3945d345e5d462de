import { describe, expect, it } from 'vitest';
import { applicationPath, cabinetPath, cabinetSections, matchRoute, vacancyPath, type CabinetSection } from './router';

describe('matchRoute', () => {
  it('maps the portal’s addresses to pages', () => {
    expect(matchRoute('/')).toEqual({ name: 'search' });
    expect(matchRoute('/vacancies/')).toEqual({ name: 'search' });
    expect(matchRoute('/signin')).toEqual({ name: 'signIn' });
    expect(matchRoute('/vacancies/KZ-2026-0001')).toEqual({ name: 'vacancy', code: 'KZ-2026-0001' });
    expect(matchRoute('/nowhere')).toEqual({ name: 'notFound' });
    expect(matchRoute('/verify')).toEqual({ name: 'verify' });
    expect(matchRoute('/verify/ar-7k3m9qx2td')).toEqual({ name: 'verify', number: 'AR-7K3M9QX2TD' });
    expect(matchRoute('/verify/../admin')).toEqual({ name: 'notFound' });
    expect(matchRoute('/vacancies/%E0%A4%A')).toEqual({ name: 'notFound' });
  });

  it('round-trips vacancy codes through the path', () => {
    expect(matchRoute(vacancyPath('KZ/2026 #1'))).toEqual({ name: 'vacancy', code: 'KZ/2026 #1' });
  });
});

describe('signed-in routes', () => {
  it('maps every cabinet section back to its path', () => {
    for (const section of Object.keys(cabinetSections) as CabinetSection[]) {
      expect(matchRoute(cabinetPath(section))).toEqual({ name: 'cabinet', section });
    }
    expect(matchRoute('/cabinet/unknown')).toEqual({ name: 'notFound' });
  });

  it('takes an application only by a well-formed id', () => {
    const id = '0b7c3a52-5d1e-4c1b-9a57-2f7e0e7f1a10';
    expect(matchRoute(applicationPath(id))).toEqual({ name: 'application', id });
    expect(matchRoute('/cabinet/applications/../../admin')).toEqual({ name: 'notFound' });
  });

  it('maps the HR and admin workspaces', () => {
    expect(matchRoute('/hr')).toEqual({ name: 'hr', section: 'tasks' });
    expect(matchRoute('/hr/tasks/42')).toEqual({ name: 'hr', section: 'task', id: '42' });
    expect(matchRoute('/tasks')).toEqual({ name: 'tasks' });
    expect(matchRoute('/tasks/0F8FAD5B-D9CB-469F-A165-70867728950E')).toEqual({ name: 'tasks', id: '0f8fad5b-d9cb-469f-a165-70867728950e' });
    expect(matchRoute('/tasks/42')).toEqual({ name: 'notFound' });
    expect(matchRoute('/admin/workflows')).toEqual({ name: 'admin', section: 'workflows' });
    expect(matchRoute('/auth/callback')).toEqual({ name: 'authCallback' });
  });
});
