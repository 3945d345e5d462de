import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './oidc';

describe('safeReturnPath', () => {
  it('keeps a path of the portal itself', () => {
    expect(safeReturnPath('/vacancies/KZ-2026-0001')).toBe('/vacancies/KZ-2026-0001');
    expect(safeReturnPath('/cabinet/applications?x=1')).toBe('/cabinet/applications?x=1');
  });

  it('never returns to another site, the callback, or anything not a path', () => {
    for (const hostile of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/auth/callback', '', null, 42]) {
      expect(safeReturnPath(hostile)).toBe('/cabinet');
    }
  });
});
