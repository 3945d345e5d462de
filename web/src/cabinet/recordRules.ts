/** Client-side checks of an education or work record, mirroring the server's (which stays the authority). */
export type RecordErrors<K extends string> = Partial<Record<K, 'required' | 'endBeforeStart'>>;

export function requireFields<K extends string>(values: Record<K, string>, required: readonly K[]): RecordErrors<K> {
  const errors: RecordErrors<K> = {};
  for (const key of required) {
    if (!values[key].trim()) errors[key] = 'required';
  }
  return errors;
}

/** An end date (ISO yyyy-mm-dd, optional) must not come before the start. */
export function checkPeriod(start: string, end: string): 'endBeforeStart' | undefined {
  return start && end && end < start ? 'endBeforeStart' : undefined;
}

/** "a, b ,, c" → ["a", "b", "c"]: the areas of activity are typed as one comma-separated line. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map(part => part.trim())
    .filter(Boolean);
}
