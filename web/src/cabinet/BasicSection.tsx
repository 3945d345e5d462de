import type { CabinetSummaryQuery } from '../api/generated';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { cabinetPath, Link } from '../routing/router';
import { cabinetTexts, missingSection, missingTexts } from './texts';

/** «Негизги маалымат»: name and date of birth from «Түндүк», and the completion percentage with what is missing. */
export function BasicSection({ me }: { me: CabinetSummaryQuery['me'] }) {
  const t = useTexts(cabinetTexts);
  const missing = useTexts(missingTexts);
  const { format } = useI18n();
  const { percent, isComplete } = me.completion;
  return (
    <>
      <dl className="facts facts--large">
        <div><dt>{t('fullName')}</dt><dd>{me.fullName ?? '—'}</dd></div>
        <div><dt>{t('dateOfBirth')}</dt><dd>{me.dateOfBirth ? format.date(me.dateOfBirth) : '—'}</dd></div>
      </dl>
      <p className="hint">{t('fromTunduk')}</p>

      <h2 id="completion-label">{t('completion')}</h2>
      <div className="completion">
        <progress max={100} value={percent} aria-labelledby="completion-label" />
        <span className="completion__percent">{format.number(percent)} %</span>
      </div>
      {isComplete ? (
        <p className="notice">{t('complete')}</p>
      ) : (
        <>
          <p>{t('missingIntro')}</p>
          <ul className="missing">
            {me.completion.missing.map(item => (
              <li key={item}>
                {item in missingSection ? (
                  <Link href={cabinetPath(missingSection[item])}>{missing(item as keyof typeof missingTexts.ky)}</Link>
                ) : (
                  item
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
