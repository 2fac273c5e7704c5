import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The message shown when the typed value was refused (the field keeps its last valid value). */
  error?: string | null | undefined;
  children: ComponentChildren;
}

/** The ids a field's input points at with aria-describedby: its hint and its error, when shown. */
export function describedBy(id: string, hint: string | undefined, error: string | null | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A form field's frame: its label, the input (children), its hint and its error message. */
export function FieldFrame({ id, label, hint, error, children }: Props) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
      {error && <p id={`${id}-error`} class="field-error">{error}</p>}
    </div>
  );
}
