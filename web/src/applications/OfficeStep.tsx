import { useState, type FormEvent } from 'react';
import type { CreateApplicationDocumentMutation, CreateApplicationDocumentMutationVariables } from '../api/generated';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { useTexts } from '../i18n/texts';
import type { ApplicationDetails } from './ApplicationPage';
import { createApplicationDocumentMutation } from './operations';
import { applicationTexts } from './texts';

/** «Кеңсе»: one of the vacancy's offices, then «Катышуу үчүн арыз түзүү» makes the document. */
export function OfficeStep({ application, onDone }: { application: ApplicationDetails; onDone(): void }) {
  const t = useTexts(applicationTexts);
  const offices = application.vacancy.offices;
  const [officeId, setOfficeId] = useState(application.office?.id ?? (offices.length === 1 ? offices[0].id : ''));
  const [missing, setMissing] = useState(false);
  const create = useMutation<CreateApplicationDocumentMutation, CreateApplicationDocumentMutationVariables>(createApplicationDocumentMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(!officeId);
    if (!officeId) return;
    if (await create.run({ applicationId: application.id, officeId })) onDone();
  };

  return (
    <form className="step" onSubmit={submit} noValidate>
      <fieldset aria-describedby={missing ? 'office-error' : undefined}>
        <legend><h2>{t('office')}</h2></legend>
        <p>{t('chooseOffice')}</p>
        <ul className="choices">
          {offices.map(office => (
            <li key={office.id}>
              <label className="choice">
                <input type="radio" name="office" value={office.id} checked={officeId === office.id} onChange={() => setOfficeId(office.id)} />
                <span>
                  <strong>{office.name.text}</strong>
                  <br />
                  {office.region.name.text}, {office.address.text}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {missing && <p id="office-error" className="field__error">{t('officeRequired')}</p>}
      </fieldset>
      <p>
        <button type="submit" className="button button--primary" disabled={create.state.status === 'saving'}>{t('createDocument')}</button>
      </p>
      <FormStatus state={create.state} savedText=" " />
    </form>
  );
}
