import type { MyApplicationsQuery } from '../api/generated';
import { useQuery } from '../api/useQuery';
import { nextStepTexts, statusTexts } from '../applications/statusTexts';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { applicationPath, Link } from '../routing/router';
import { myApplicationsQuery } from './operations';
import { cabinetTexts } from './texts';

const texts = defineTexts(
  { number: 'Арыздын номери', status: 'Абалы', updated: 'Өзгөртүлдү', next: 'Кийинки кадам', open: 'Ачуу', find: 'Вакансияларды кароо' },
  { number: 'Номер заявления', status: 'Статус', updated: 'Изменено', next: 'Следующий шаг', open: 'Открыть', find: 'Смотреть вакансии' },
  { number: 'Application number', status: 'Status', updated: 'Updated', next: 'Next step', open: 'Open', find: 'Browse the vacancies' },
);

/** «Менин жоопторум»: the citizen's applications, newest first, each with its status and next step. */
export default function ApplicationsSection() {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const status = useTexts(statusTexts);
  const next = useTexts(nextStepTexts);
  const { format } = useI18n();
  const state = useQuery<MyApplicationsQuery, Record<string, never>>(myApplicationsQuery, {});
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  const applications = state.data.me.applications;
  if (applications.length === 0) {
    return (
      <>
        <p>{c('none')}</p>
        <p><Link href="/">{t('find')}</Link></p>
      </>
    );
  }
  return (
    <ul className="records">
      {applications.map(a => (
        <li key={a.id} className="record application-card">
          <h2 className="record__title">
            <Link href={applicationPath(a.id)}>{a.vacancy.title.text}</Link>
          </h2>
          <p className="record__meta">{a.vacancy.stateBody.shortName.text} · {a.vacancy.code}</p>
          <dl className="facts">
            <div><dt>{t('number')}</dt><dd>{a.number}</dd></div>
            <div><dt>{t('status')}</dt><dd><span className="status-tag">{status(a.status)}</span></dd></div>
            <div><dt>{t('updated')}</dt><dd>{format.dateTime(a.updatedAt)}</dd></div>
            {a.nextStep !== 'NONE' && <div><dt>{t('next')}</dt><dd>{next(a.nextStep, { name: a.currentStep?.name.text ?? '' })}</dd></div>}
          </dl>
        </li>
      ))}
    </ul>
  );
}

