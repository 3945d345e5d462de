import { useTexts } from '../../i18n/texts';
import type { LintProblem } from './capabilityLint';
import type { Finding } from './designerProblems';
import { designerTexts } from './designerTexts';

/** What the engine would refuse (predicted from its contract) and what it did refuse (the last deployment's findings). */
export function ProblemList({ problems, findings, describe, onShow }: {
  problems: LintProblem[];
  findings: Finding[];
  describe(elementId: string): string;
  onShow(elementId: string): void;
}) {
  const t = useTexts(designerTexts);
  const none = problems.length === 0 && findings.length === 0;
  return (
    <section className="admin-problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('problemsTitle')} ({problems.length + findings.length})</h2>
      {none && <p>{t('noProblems')}</p>}
      {!none && (
        <ul className="admin-problems__list">
          {problems.map(problem => (
            <li key={`lint:${problem.elementId}:${problem.rule}`} data-element-id={problem.elementId}>
              <span>
                {problem.kind === 'rejected'
                  ? t('designProblem', { element: describe(problem.elementId), rule: problem.rule, note: problem.note })
                  : t('unknownProblem', { element: describe(problem.elementId), rule: problem.rule })}
              </span>
              <button type="button" className="button button--small button--secondary" onClick={() => onShow(problem.elementId)}>
                {t('showElement')}
              </button>
            </li>
          ))}
          {findings.map((finding, index) => (
            <li key={`finding:${index}`} data-element-id={finding.elementId ?? undefined} className="admin-problems__finding">
              <span>
                <strong>{finding.elementId ? describe(finding.elementId) : t('wholeFile')}</strong>
                {': '}
                {t('finding', { code: finding.code, message: finding.message })}
              </span>
              {finding.elementId && (
                <button type="button" className="button button--small button--secondary" onClick={() => onShow(finding.elementId!)}>
                  {t('showElement')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
