/** The test-run dialog's variables: one JSON object, checked before asking the server (which checks again). */
export const maxVariablesLength = 256 * 1024;

export type VariablesProblem = 'notJson' | 'notObject' | 'tooLarge';

/** The JSON text to send ('{}' for nothing typed), or what is wrong with it. */
export function readVariables(text: string): { json: string } | { problem: VariablesProblem } {
  const trimmed = text.trim();
  if (!trimmed) return { json: '{}' };
  if (trimmed.length > maxVariablesLength) return { problem: 'tooLarge' };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { problem: 'notJson' };
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { json: trimmed } : { problem: 'notObject' };
}
