import type { Decoration } from '../diagram/decorations';
import type { LintProblem } from './capabilityLint';

/** A refusal from the server's deployment check; `elementId` null means the file as a whole. */
export interface Finding {
  elementId: string | null;
  code: string;
  message: string;
}

/** One mark per element that has a problem, predicted or found by the server, titled with what is wrong. */
export function problemDecorations(problems: LintProblem[], findings: Finding[], describe: (elementId: string) => string): Decoration[] {
  const byElement = new Map<string, number>();
  for (const id of [...problems.map(p => p.elementId), ...findings.flatMap(f => (f.elementId ? [f.elementId] : []))]) {
    byElement.set(id, (byElement.get(id) ?? 0) + 1);
  }
  return [...byElement].map(([elementId, count]) => ({
    elementId,
    tone: 'problem',
    badge: count > 1 ? `! ${count}` : '!',
    title: describe(elementId),
  }));
}
