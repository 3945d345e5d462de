import { describe, expect, it } from 'vitest';
import { matchRoute, vacancyPath } from './router';

describe('matchRoute', () => {
  it('maps the portal’s addresses to pages', () => {
    expect(matchRoute('/')).toEqual({ name: 'search' });
    expect(matchRoute('/vacancies/')).toEqual({ name: 'search' });
    expect(matchRoute('/signin')).toEqual({ name: 'signIn' });
    expect(matchRoute('/vacancies/KZ-2026-0001')).toEqual({ name: 'vacancy', code: 'KZ-2026-0001' });
    expect(matchRoute('/nowhere')).toEqual({ name: 'notFound' });
    expect(matchRoute('/vacancies/%E0%A4%A')).toEqual({ name: 'notFound' });
  });

  it('round-trips vacancy codes through the path', () => {
    expect(matchRoute(vacancyPath('KZ/2026 #1'))).toEqual({ name: 'vacancy', code: 'KZ/2026 #1' });
  });
});
