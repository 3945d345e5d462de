import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | false;
  children(describedBy: string | undefined): ReactNode;
}

/** A label, an optional hint and the field's error, tied to the input by ids. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field hr-field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hr-hint" id={`${id}-hint`}>{hint}</p>}
      {children(described)}
      {error && <p className="hr-field-error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}
