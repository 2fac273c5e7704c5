import { useState } from 'preact/hooks';
import type { DateProblem } from '../lib';
import { format, t } from '../i18n';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** The date in use, `YYYY-MM-DD`. */
  value: string;
  min?: string;
  /** Why a complete date cannot be used, or null. */
  check: (date: string) => DateProblem | null;
  onCommit: (date: string) => void;
  firstDate: string;
}

/** A date input that commits only dates the engine can price, and says why it refused the others. */
export function DateField({ id, label, hint, value, min, check, onCommit, firstDate }: Props) {
  const [problem, setProblem] = useState<DateProblem | null>(null);
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const message = problem === null ? '' : problem === 'empty' ? t.fields.dateProblems.empty : t.fields.dateProblems[problem]({ first: format.date(firstDate) });

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
          const found = check(date);
          setProblem(found);
          if (found === null && date !== value) onCommit(date);
        }}
      />
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
      {problem && (
        <p id={`${id}-error`} class="field-error">
          {message} {t.fields.kept({ value: format.date(value) })}
        </p>
      )}
    </div>
  );
}
