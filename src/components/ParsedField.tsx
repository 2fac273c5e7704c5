import { useState } from 'preact/hooks';
import type { Parsed } from '../lib';
import { t } from '../i18n';

interface Props<T, P extends string> {
  id: string;
  label: string;
  hint?: string;
  /** The value in use; the field shows it unless the user is mid-way through a change. */
  value: T;
  show: (value: T) => string;
  parse: (text: string) => Parsed<T, P>;
  /** The plain-words reason a text was refused. */
  explain: (problem: P) => string;
  onCommit: (value: T) => void;
  inputMode?: 'numeric' | 'decimal';
}

/**
 * A value typed as text. A valid value is committed as the user types; anything else shows a message
 * beside the field, and the results keep using the last valid value.
 */
export function ParsedField<T, P extends string>({ id, label, hint, value, show, parse, explain, onCommit, inputMode = 'numeric' }: Props<T, P>) {
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parse(draft);
  const problem = parsed && !parsed.ok ? parsed.problem : null;
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div class={`field${problem ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={draft ?? show(value)}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          const result = parse(text);
          if (result.ok && result.value !== value) onCommit(result.value);
        }}
        onBlur={() => {
          if (parsed?.ok) setDraft(null);
        }}
      />
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
      {problem && (
        <p id={`${id}-error`} class="field-error">
          {explain(problem)} {t.fields.kept({ value: show(value) || '—' })}
        </p>
      )}
    </div>
  );
}
