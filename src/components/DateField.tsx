import { useState } from 'preact/hooks';
import { dateProblem, type DateWindow, type WhenProblem } from '../lib';
import type { Formatters } from '../i18n/format';
import type { CommonStrings } from '../i18n/parts';
import { FieldFrame, describedBy } from './FieldFrame';
import { useFormat, useStrings } from './strings';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** The date in use, `YYYY-MM-DD`. */
  value: string;
  /** The dates the calculator can plan across; a date outside them is refused before `explain` is asked. */
  dates?: DateWindow;
  /** Why a date (empty when incomplete) cannot be used, in plain words; null when it can. */
  explain: (date: string) => string | null;
  onCommit: (date: string) => void;
  /** Which attributes show today before hydration (`data-today`, see src/hydration/show-today.ts). */
  today?: string;
}

/** A date problem in plain words, naming the window's ends; null for none. */
export function dateMessage(common: CommonStrings, format: Formatters, problem: WhenProblem | null, dates: DateWindow): string | null {
  if (problem === null) return null;
  if (problem === 'empty') return common.dateProblems.empty;
  return common.dateProblems[problem]({ first: format.date(dates.first), last: format.date(dates.last) });
}

/** A date input that commits only dates the engine can use, and says why it refused the others. */
export function DateField({ id, label, hint, value, dates, explain, onCommit, today }: Props) {
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
        min={dates?.first}
        max={dates?.last}
        data-today={today}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          const date = event.currentTarget.value;
          const outside = dates ? dateMessage(common, format, dateProblem(date, dates), dates) : null;
          const found = date === '' ? common.dateProblems.empty : (outside ?? explain(date));
          setProblem(found);
          if (found === null && date !== value) onCommit(date);
        }}
      />
    </FieldFrame>
  );
}
