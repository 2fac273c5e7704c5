import { useState } from 'preact/hooks';
import { FieldFrame, describedBy } from './FieldFrame';
import { useFormat, useStrings } from './strings';

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
  const common = useStrings('common');
  const format = useFormat();
  const [problem, setProblem] = useState<string | null>(null);
  const error = problem && `${problem} ${common.kept({ value: format.date(value) })}`;

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="date"
        value={value}
        min={min}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          const date = event.currentTarget.value;
          const found = date === '' ? common.dateProblems.empty : explain(date);
          setProblem(found);
          if (found === null && date !== value) onCommit(date);
        }}
      />
    </FieldFrame>
  );
}
