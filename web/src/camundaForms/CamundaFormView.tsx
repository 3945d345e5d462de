import { useEffect, useRef } from 'react';
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-viewer/dist/assets/flatpickr/light.css';
import './camundaForms.css';
import { useI18n } from '../i18n/I18n';
import type { FormSchema } from './formFile';
import { localizedValidation } from './validation/LocalizedValidator';

export type { Form };

/** Errors as form-js shows them under its fields: by component id, a list of messages each. */
export type FieldErrorsById = Record<string, string[]>;

/**
 * A Camunda form rendered by the form-js viewer (its "Powered by bpmn.io" mark stays visible, as its licence asks), filled
 * with `data`. `onReady` gets the form (the page submits through it); `errors` — the server's refusals — are shown at the
 * fields; form-js's own checks speak the page's language. Imported lazily: form-js loads only with the pages that show a form.
 */
export default function CamundaFormView({ schema, data, errors, label, onReady, onFailed }: {
  schema: FormSchema;
  data: Record<string, unknown>;
  errors?: FieldErrorsById | null;
  label: string;
  onReady?(form: Form): void;
  onFailed?(): void;
}) {
  const { language } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const form = useRef<Form | null>(null);
  const callbacks = useRef({ onReady, onFailed });
  callbacks.current = { onReady, onFailed };

  useEffect(() => {
    const instance = new Form({ container: container.current!, additionalModules: [localizedValidation(language)] });
    form.current = instance;
    instance.importSchema(schema, data)
      .then(() => callbacks.current.onReady?.(instance))
      .catch(() => callbacks.current.onFailed?.());
    return () => {
      form.current = null;
      instance.destroy();
    };
  }, [schema, data, language]);

  useEffect(() => {
    // form-js has no public way to show errors found elsewhere; its state holds them by field id, as its own validate() sets them.
    if (errors && form.current) (form.current as unknown as { _setState(state: { errors: FieldErrorsById }): void })._setState({ errors });
  }, [errors]);

  return <div ref={container} className="kz-camunda-form" role="group" aria-label={label} />;
}
