import { describe, expect, it } from 'vitest';
import { normalizeCode } from './signingCode';

describe('normalizeCode', () => {
  it('accepts six digits typed with spaces or a dash', () => {
    expect(normalizeCode(' 123 456 ')).toBe('123456');
    expect(normalizeCode('123-456')).toBe('123456');
  });

  it('refuses anything else before it reaches the server', () => {
    expect(normalizeCode('12345')).toBeNull();
    expect(normalizeCode('1234567')).toBeNull();
    expect(normalizeCode('12a456')).toBeNull();
    expect(normalizeCode('')).toBeNull();
  });
});
