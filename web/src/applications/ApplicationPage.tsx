import { useState } from 'react';
import type { ApplicationDetailsQuery, ApplicationDetailsQueryVariables, WithdrawApplicationMutation, WithdrawApplicationMutationVariables } from '../api/generated';
import { useQuery } from '../api/useQuery';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { LoadError, Loading } from '../pages/Status';
import { cabinetPath, Link, vacancyPath } from '../routing/router';
import { CodeStep } from './CodeStep';
import { DocumentStep } from './DocumentStep';
import { OfficeStep } from './OfficeStep';
import { applicationQuery, withdrawApplicationMutation } from './operations';
import { nextStepTexts, statusTexts } from './statusTexts';
import { applicationTexts } from './texts';
import { Timeline } from './Timeline';
import './application.css';

export type ApplicationDetails = ApplicationDetailsQuery['application'];

/**
 * One application, at whatever step it is: «Кеңсе» → «Катышуу үчүн арыз түзүү» → «Арыз» → «Кол коюу» → the e-mailed
 * code → filed, then its status and timeline in «Менин жоопторум».
 */
export default function ApplicationPage({ id }: { id: string }) {
  const state = useQuery<ApplicationDetailsQuery, ApplicationDetailsQueryVariables>(applicationQuery, { id });
  const t = useTexts(applicationTexts);
  useDocumentTitle(state.status === 'done' ? `${t('application')} ${state.data.application.number}` : t('application'));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  return <ApplicationView application={state.data.application} refresh={state.refresh} />;
}

function ApplicationView({ application: a, refresh }: { application: ApplicationDetails; refresh(): void }) {
  const t = useTexts(applicationTexts);
  const status = useTexts(statusTexts);
  const next = useTexts(nextStepTexts);
  const { format } = useI18n();
  const [justFiled, setJustFiled] = useState(false);
  const withdraw = useMutation<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>(withdrawApplicationMutation);

  const doWithdraw = async () => {
    if (!window.confirm(t('confirmWithdraw'))) return;
    if (await withdraw.run({ applicationId: a.id })) refresh();
  };

  return (
    <article className="page application" aria-labelledby="application-heading">
      <p className="back"><Link href={cabinetPath('applications')}>← {t('myResponses')}</Link></p>
      <h1 id="application-heading">{a.vacancy.title.text}</h1>
      <p className="vacancy__body">
        {a.vacancy.stateBody.name.text} · <Link href={vacancyPath(a.vacancy.code)}>{a.vacancy.code}</Link>
      </p>
      <dl className="facts">
        <div><dt>{t('number')}</dt><dd>{a.number}</dd></div>
        <div><dt>{t('status')}</dt><dd><span className="status-tag" data-status={a.status}>{status(a.status)}</span></dd></div>
        {a.office && <div><dt>{t('office')}</dt><dd>{a.office.name.text}</dd></div>}
        {a.nextStep !== 'NONE' && <div><dt>{t('next')}</dt><dd>{next(a.nextStep, { name: a.currentStep?.name.text ?? '' })}</dd></div>}
      </dl>
      {justFiled && <p className="notice" role="status">{t('filed')}</p>}
      {a.reason && <p className="notice"><strong>{t('reason')}:</strong> {a.reason}</p>}
      {a.testScore != null && <p>{t('score', { score: a.testScore })}</p>}
      {['DRAFT', 'DOCUMENT_READY', 'AWAITING_SIGNATURE'].includes(a.status) && a.vacancy.isOpen && (
        <p className="hint">{t('deadline', { date: format.dateTime(a.vacancy.deadline) })}</p>
      )}

      {a.nextStep === 'CHOOSE_OFFICE' && <OfficeStep application={a} onDone={refresh} />}
      {a.nextStep === 'READ_AND_SIGN' && <DocumentStep application={a} onChanged={refresh} />}
      {a.nextStep === 'ENTER_CODE' && (
        <CodeStep
          application={a}
          onFiled={() => {
            setJustFiled(true);
            refresh();
          }}
        />
      )}
      {a.signedAt && <DocumentStep application={a} onChanged={refresh} signed />}

      {a.canWithdraw && (
        <p>
          <button type="button" className="button button--danger" onClick={() => void doWithdraw()}>{t('withdraw')}</button>
        </p>
      )}
      <FormStatus state={withdraw.state} />
      <Timeline events={a.timeline} steps={a.addedSteps} />
    </article>
  );
}
