// A labelled text or password field of the console's forms, its hint tied to it.
import { useId, type InputHTMLAttributes } from 'react';

export function Field(
  props: { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>,
) {
  const { label, hint, ...input } = props;
  const id = useId();
  return (
    <div className="console-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="console-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
