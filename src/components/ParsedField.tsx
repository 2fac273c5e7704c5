import { useState } from 'preact/hooks';
import type { Parsed } from '../lib';
import { FieldFrame, describedBy } from './FieldFrame';
import { useStrings } from './strings';

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
  const common = useStrings('common');
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parse(draft);
  const error = parsed && !parsed.ok ? `${explain(parsed.problem)} ${common.kept({ value: show(value) || '—' })}` : null;

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={draft ?? show(value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
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
    </FieldFrame>
  );
}
