/** The 6 digits of a code as typed or pasted ("123 456", "123-456"), or null when it is not 6 digits. */
export function normalizeCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}
