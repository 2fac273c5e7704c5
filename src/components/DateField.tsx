import { useState } from 'preact/hooks';
import { format, t } from '../i18n';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** The date in use, `YYYY-MM-DD`. */
  value: string;
  min?: string;
  /** Why a date (empty when incomplete) cannot be used, in plain words; null when it can. */
  explain: (date: string) => string | null;
  onCommit: (date: string) => void;
}

/** A date input that commits only dates the engine can use, and says why it refused the others. */
export function DateField({ id, label, hint, value, min, explain, onCommit }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div class={`field${problem ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={min}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const date = event.currentTarget.value;
          const found = date === '' ? t.fields.dateProblems.empty : explain(date);
          setProblem(found);
          if (found === null && date !== value) onCommit(date);
        }}
      />
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
      {problem && (
        <p id={`${id}-error`} class="field-error">
          {problem} {t.fields.kept({ value: format.date(value) })}
        </p>
      )}
    </div>
  );
}
